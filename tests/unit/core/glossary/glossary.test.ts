import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildGlossary, buildGlossaryFromDir, glossaryJson, LineChunker, readCorpus } from '../../../../tools/build/build-glossary';
import { CURATED_TERMS } from '../../../../tools/build/glossary-terms';
import { isExampleSentence, splitSentences } from '../../../../core/text/clean-text';
import { countOccurrences } from '../../../../core/glossary/glossary';
import { loadGlossary, REPO_ROOT } from '../../../support/data';

const glossary = loadGlossary();
const TONE_SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/;

describe('glossary search: first result', () => {
  test.each([
    // Characters, simplified or traditional, whole or partial.
    ['人类命运共同体', '人类命运共同体'],
    ['人類命運共同體', '人类命运共同体'],
    ['命运共同', '命运共同体'],
    ['人类命运', '人类命运共同体'],
    ['命運與共', '命运与共'],
    ['全過程', '全过程人民民主'],
    ['上海精神', '上海精神'],
    ['上海合作', '上海合作组织'],
    ['枫桥', '枫桥经验'],
    ['楓橋經驗', '枫桥经验'],
    ['一個中國原則', '一个中国原则'],
    ['一个中国', '一个中国'],
    ['休戚與共', '休戚与共'],
    ['永久全面戰略夥伴', '永久全面战略伙伴'],
    ['大包幹', '大包干'],
    ['國務委員長', '国务委员长'],
    ['跨省', '跨省共济'],
    ['三股', '三股势力'],
    ['十四五', '十四五'],
    ['二十届三中', '二十届三中全会'],
    ['百年未有', '百年未有之大变局'],
    ['習近平外交', '习近平外交思想'],
    ['全球南', '全球南方'],
    // Pinyin with tones, without tones, without spaces, initials.
    ['rlmygtt', '人类命运共同体'],
    ['renleimingyungongtongti', '人类命运共同体'],
    ['rén lèi mìng yùn', '人类命运共同体'],
    ['renlei', '人类命运共同体'],
    ['mìngyùn', '命运共同体'],
    ['mingyunyugong', '命运与共'],
    ['myyg', '命运与共'],
    ['yidaiyilu', '一带一路'],
    ['ydyl', '一带一路'],
    ['shiwuwu', '十五五'],
    ['shisiwu', '十四五'],
    ['shanghai jingshen', '上海精神'],
    ['shàng hǎi jīng shén', '上海精神'],
    ['shjs', '上海精神'],
    ['fengqiao', '枫桥经验'],
    ['fēngqiáo jīngyàn', '枫桥经验'],
    ['fqjy', '枫桥经验'],
    ['quanqiunanfang', '全球南方'],
    ['qqnf', '全球南方'],
    ['xiuqi', '休戚与共'],
    ['sgsl', '三股势力'],
    ['guowuweiyuanzhang', '国务委员长'],
    ['yigezhongguo', '一个中国'],
    ['xíjìnpíng', '习近平'],
    ['xi jinping', '习近平'],
    ['xjp', '习近平'],
    ['dabaogan', '大包干'],
    ['wǔ gè gòng tóng jiā yuán', '五个共同家园'],
    // English words.
    ['belt and road', '一带一路'],
    ['Belt', '一带一路'],
    ['Chinese modernization', '中国式现代化'],
    ['five-year plan', '十五五'],
    ['Global South', '全球南方'],
    ['Shanghai Spirit', '上海精神'],
    ['Fengqiao', '枫桥经验'],
    ['Cold War mentality', '冷战思维'],
    ['three evil forces', '三股势力'],
    ['Kim Jong Un', '金正恩'],
    ['one-China principle', '一个中国原则'],
    ['Supreme People\'s Court', '最高人民法院'],
    ['hukou', '户籍制度'],
    ['multilateralism', '多边主义'],
    ['unilateralism', '单边主义'],
    ['Diaoyutai', '钓鱼台国宾馆'],
    ['Xiaogang', '小岗村'],
    ['year on year', '同比'],
  ])('%s → %s', (query, term) => {
    expect(glossary.search(query)[0]?.term).toBe(term);
  });

  test('a query matching nothing gives nothing', () => {
    expect(glossary.search('zzzzqqq')).toEqual([]);
    expect(glossary.search('   ')).toEqual([]);
  });
});

describe('curated entries', () => {
  test('at least 150, each term once', () => {
    expect(CURATED_TERMS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CURATED_TERMS.map(({ term }) => term)).size).toBe(CURATED_TERMS.length);
  });

  test.each(CURATED_TERMS.map((curated) => [curated.term, curated] as const))('%s', (_, curated) => {
    // A hand-checked reading: tone-marked syllables, one per character.
    const syllables = curated.pinyin.split(' ');
    expect(syllables).toHaveLength([...curated.term].length);
    for (const syllable of syllables) expect(syllable, curated.pinyin).toMatch(TONE_SYLLABLE);
    expect(curated.english.trim()).not.toBe('');
    expect(curated.explanation).toMatch(/^\S.*[.!?)]$/);
    for (const related of curated.related ?? []) {
      expect(CURATED_TERMS.some(({ term }) => term === related), related).toBe(true);
    }
  });

  test('readings and forms checked by hand where the tools go wrong', () => {
    const entry = (term: string) => glossary.get(term)!;
    expect(entry('国务委员长').pinyin).toBe('guó wù wěi yuán zhǎng');
    expect(entry('一个中国').pinyin).toBe('yī gè zhōng guó');
    expect(entry('一个中国').traditional).toBe('一個中國');
    expect(entry('一个中国原则').traditional).toBe('一個中國原則');
    expect(entry('不忘初心').pinyin).toBe('bù wàng chū xīn');
    expect(entry('人口较少民族').pinyin).toBe('rén kǒu jiào shǎo mín zú');
    expect(entry('以人民为中心').pinyin).toContain('wéi');
    expect(entry('全心全意为人民服务').pinyin).toContain('wèi rén mín');
    expect(entry('大包干').traditional).toBe('大包幹');
    expect(entry('休戚与共').traditional).toBe('休戚與共');
  });
});

describe('glossary asset', () => {
  const corpus = readCorpus(`${REPO_ROOT}corpus`);
  const asset = readFileSync(`${REPO_ROOT}assets/glossary.json`, 'utf8');

  test('regenerating it from the corpus, streamed, changes nothing', async () => {
    expect(glossaryJson(await buildGlossaryFromDir(`${REPO_ROOT}corpus`))).toBe(asset);
  });

  test('reading the corpus at once gives the same asset', () => {
    expect(glossaryJson(buildGlossary(corpus))).toBe(asset);
  });

  test('every entry occurs in the corpus with its recorded count', () => {
    expect(glossary.entries).toHaveLength(CURATED_TERMS.length);
    for (const entry of glossary.entries) {
      const count = corpus.reduce((sum, text) => sum + countOccurrences(text.simplified, entry.term), 0);
      expect(count, entry.term).toBe(entry.count);
      expect(count, entry.term).toBeGreaterThan(0);
    }
  });

  test('examples: at most three real sentences containing the term, from different sources first', () => {
    for (const entry of glossary.entries) {
      expect(entry.examples.length, entry.term).toBeGreaterThan(0);
      expect(entry.examples.length, entry.term).toBeLessThanOrEqual(3);
      const sources = entry.examples.map(({ source }) => source);
      // Different sources first (002 and 003 are one article, so their shared sentences count once).
      const files = new Set(
        corpus
          .filter((text) => splitSentences(text.simplified).some((s) => s.includes(entry.term) && isExampleSentence(s)))
          .map((text) => text.source),
      );
      expect(new Set(sources).size, entry.term).toBeGreaterThanOrEqual(Math.min(files.size, 2, entry.examples.length));
      for (const { text } of entry.examples) {
        expect(text, entry.term).not.toMatch(/[A-Za-z]{4}/);
        expect(text, entry.term).not.toMatch(/\((?:guān|gè)\)|\*\*|^#/);
      }
    }
  });

  test('a small chunk size counts the same (streaming cuts files only where paragraphs end)', () => {
    const chunked = readCorpus(`${REPO_ROOT}corpus`, 2000);
    expect(chunked.length).toBeGreaterThan(corpus.length);
    for (const entry of glossary.entries) {
      const count = chunked.reduce((sum, text) => sum + countOccurrences(text.simplified, entry.term), 0);
      expect(count, entry.term).toBe(entry.count);
    }
  });
});

test('the line chunker cuts at a blank line after a finished sentence', () => {
  const chunker = new LineChunker(10);
  const lines = ['第一段很长很长很长很长。', '', '第二段还没有', '', '写完。', '', '第三段。'];
  const chunks = [...lines.map((line) => chunker.push(line)), chunker.end()].filter(Boolean);
  expect(chunks).toEqual(['第一段很长很长很长很长。', '第二段还没有\n\n写完。', '第三段。']);
});

test('findTerms counts terms in either script, in variants and mixes, and as a reader reads them', () => {
  const counts = (text: string) => Object.fromEntries(glossary.findTerms(text).map(({ term, count }) => [term, count]));
  expect(counts('習近平強調構建人类命运共同体和人類命運共同體。')).toMatchObject({ 人类命运共同体: 2, 习近平: 1 });
  expect(counts('兩國都是共産黨領導的國家，共產黨和共产党。')).toMatchObject({ 共产党: 3 });
  expect(counts('中朝關(guān)系不斷深化。纪念中国人民抗日 战\n争胜利。')).toMatchObject({ 中朝关系: 1, 抗日战争: 1 });
});

test('findTerms gives each term its spellings, so the page can find every occurrence it counted', () => {
  const [found] = glossary.findTerms('人類命運共同體');
  expect(found?.forms).toEqual(expect.arrayContaining(['人类命运共同体', '人類命運共同體']));
});
