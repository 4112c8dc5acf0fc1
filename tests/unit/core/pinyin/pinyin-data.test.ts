import { describe, expect, test } from 'vitest';
import { createLanguageLoader, type LanguageFiles } from '../../../../worker/language-data';
import { pinyinTokens } from '../../../../core/pinyin/pinyin';
import { decodePinyinData, encodePinyinData, pinyinData, type PinyinData } from '../../../../core/pinyin/pinyin-data';
import { layOutShards, shardedTable } from '../../../../core/dictionary/word-table';
import { loadGlossary, loadLexicon, loadPinyinSources, readDictionarySources } from '../../../../tools/lib/node-data';

const sources = loadPinyinSources();
// What the worker gets: the build's file, read back by the worker's reader.
const worker = decodePinyinData(encodePinyinData(sources));

describe('the worker reads the pinyin data the build writes', () => {
  test('every word count, word reading and model weight comes back unchanged', () => {
    for (const [word, count] of Object.entries(sources.frequencies)) expect(worker.frequencies.get(word)).toBe(count);
    for (const [word, reading] of Object.entries(sources.wordReadings)) expect(worker.wordReadings.get(word)).toBe(reading);
    for (const [key, row] of Object.entries(sources.model.weights)) expect(worker.model.weights.get(key)).toEqual(row);
    expect(worker.model.readings).toEqual(sources.model.readings);
    for (const [char, entry] of Object.entries(sources.model.neighbours)) expect(worker.model.neighbours.get(char)).toBe(entry);
  });
  test('keys outside the BMP, keys no shard holds and the empty key', () => {
    // Laid out after 3 bytes of something else, as the file's later tables are.
    const chunks = [new Uint8Array(3)];
    const layout = layOutShards({ '𪡏': 1, '𪡏一': 2, 中: 3, 中国: 4, ﬀ: 5 }, 3, chunks);
    const bytes = new Uint8Array(chunks.flatMap((chunk) => [...chunk]));
    const table = shardedTable<number>(bytes, JSON.parse(JSON.stringify(layout)));
    expect(table.get('ﬀ')).toBe(5);
    expect([table.get('𪡏'), table.get('𪡏一'), table.get('中'), table.get('中国')]).toEqual([1, 2, 3, 4]);
    expect([table.get('𠀀'), table.get('中文'), table.get('文'), table.get('')]).toEqual([undefined, undefined, undefined, undefined]);
  });
  test('a cut-off file is refused whole, with a clear error, wherever it was cut', () => {
    const file = encodePinyinData(sources);
    expect(() => decodePinyinData(file.subarray(0, 3))).toThrow('pinyin-data.bin: 3 bytes, too short for a header');
    expect(() => decodePinyinData(file.subarray(0, 1000))).toThrow(/pinyin-data.bin: header of \d+ bytes in a file of 1000/);
    for (const length of [Math.floor(file.length / 2), file.length - 10]) {
      expect(() => decodePinyinData(file.subarray(0, length))).toThrow(/pinyin-data.bin: \d+ bytes of shards where the header expects \d+/);
    }
    const garbled = new Uint8Array([5, 0, 0, 0, ...new TextEncoder().encode('{"rea')]);
    expect(() => decodePinyinData(garbled)).toThrow(/pinyin-data.bin: unreadable header/);
  });
  test('pinyin reads the same from either', () => {
    const lexicon = loadLexicon();
    const node = pinyinData(sources);
    const text = '这部长篇小说在朝鲜出版，曾庆红说银行行长将举行会谈。𪡏字和“涉藏问题”的读法不变。';
    expect(pinyinTokens(text, lexicon, worker)).toEqual(pinyinTokens(text, lexicon, node));
  });
});

describe('the worker loads its language data once, and again after a failure', () => {
  test('a failed fetch is reported to the asker and tried again by the next', async () => {
    const calls = { core: 0, pinyin: 0 };
    const files: LanguageFiles = {
      coreDictionaryFiles: async () => {
        if (calls.core++ === 0) throw new Error('index: HTTP 500');
        return readDictionarySources({ definitions: false });
      },
      pinyinDataFile: async () => {
        if (calls.pinyin++ === 0) throw new Error('pinyin-data.bin: HTTP 500');
        return worker;
      },
      fetchDictionaryFile: async () => new Uint8Array(),
    };
    const loader = createLanguageLoader(loadGlossary().entries, files);
    await expect(loader.pinyinData()).rejects.toThrow('pinyin-data.bin: HTTP 500');
    // The lexicon asks for the pinyin data too (to warm up while its files arrive): that second fetch succeeds.
    await expect(loader.lexicon()).rejects.toThrow('index: HTTP 500');
    const [lexicon, data] = await Promise.all([loader.lexicon(), loader.pinyinData()]);
    expect(lexicon.has('银行')).toBe(true);
    expect(data satisfies PinyinData).toBe(worker);
    // Kept: asking again fetches nothing.
    await Promise.all([loader.lexicon(), loader.pinyinData()]);
    expect(calls).toEqual({ core: 2, pinyin: 2 });
  });
});
