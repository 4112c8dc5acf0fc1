// The reader's saved words as a WXT storage item (worker and word-list page; never the content script).
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { mergeImport, mergeSave, type SavedWord } from './word-list-format';

export type { SavedWord } from './word-list-format';

// Defined on first use: a versioned item starts its migration check when defined, which must not
// happen where there is no extension storage (the worker's handlers are also loaded by Node tests).
let item: WxtStorageItem<SavedWord[], Record<string, never>> | undefined;
export const wordList = () => (item ??= storage.defineItem<SavedWord[]>('local:wordList', { fallback: [], version: 1 }));

// Writes one after another: two quick saves never read the same old list and lose one.
let writing: Promise<unknown> = Promise.resolve();
function update(change: (list: SavedWord[]) => SavedWord[]): Promise<SavedWord[]> {
  const next = writing.then(async () => {
    const list = change(await wordList().getValue());
    await wordList().setValue(list);
    return list;
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Saves a word (one item per word: saving it again updates it); returns the list's length. */
export const saveWord = async (save: SavedWord) => (await update((list) => mergeSave(list, save))).length;
export const importWords = (words: readonly SavedWord[]) => update((list) => mergeImport(list, words));
export const deleteWord = (word: string) => update((list) => list.filter((item) => item.word !== word));
export const setNote = (word: string, note: string) => update((list) => list.map((item) => (item.word === word ? { ...item, note } : item)));
