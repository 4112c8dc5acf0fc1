// The reader's saved words as a WXT storage item (worker and word-list page; never the content script).
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { mergeImport, mergeSave, type SavedWord } from './word-list-format';
import { afterReview, type ReviewResult, type ReviewState } from './word-review';

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
export const deleteWord = async (word: string) => {
  const list = await update((items) => items.filter((item) => item.word !== word));
  // A word deleted takes its review with it: saved again later, it is new again.
  await updateReview((log) => {
    const { [word]: _gone, ...rest } = log;
    return rest;
  });
  return list;
};
export const setNote = (word: string, note: string) => update((list) => list.map((item) => (item.word === word ? { ...item, note } : item)));

let reviewItem: WxtStorageItem<Record<string, ReviewState>, Record<string, never>> | undefined;
/** The review's state of each word (word-review.ts), kept apart from the list so its files stay as they are. */
export const wordReview = () => (reviewItem ??= storage.defineItem<Record<string, ReviewState>>('local:wordReview', { fallback: {}, version: 1 }));

let reviewWriting: Promise<unknown> = Promise.resolve();
function updateReview(change: (log: Record<string, ReviewState>) => Record<string, ReviewState>): Promise<Record<string, ReviewState>> {
  const next = reviewWriting.then(async () => {
    const log = change(await wordReview().getValue());
    await wordReview().setValue(log);
    return log;
  });
  reviewWriting = next.catch(() => undefined);
  return next;
}

/** Records one review of a word: known sends it further away, again brings it back now. */
export const markReviewed = (word: string, result: ReviewResult, now = new Date()) => updateReview((log) => ({ ...log, [word]: afterReview(log[word], result, now) }));
