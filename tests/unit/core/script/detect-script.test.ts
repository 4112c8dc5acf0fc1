import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildScriptTables, SCRIPT_TABLES_FILE } from '../../../../tools/build/build-script-tables';
import { detectScript } from '../../../../core/script/detect-script';
import { CORPUS_DIR } from '../../../support/data';

describe('detectScript', () => {
  test.each([
    ['习近平强调，中国愿同各方一道构建人类命运共同体', 'simplified'],
    ['習近平強調，中國願同各方一道構建人類命運共同體', 'traditional'],
    ['中国人民', 'simplified'],
    ['Hello, world', 'none'],
    ['', 'none'],
    // A traditional article quoting a few simplified words stays traditional.
    ['習近平強調，中國願同各方一道構建人類命運共同體，推動高質量發展。報導引述「发展」一詞。', 'traditional'],
    ['习近平强调中国愿同各方。習近平強調中國願同各方。', 'mixed'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text).script).toBe(script);
  });

  test.each([
    ['000_7a8b2fde8fb2effb.txt', 'simplified'],
    ['001_f6bc4f0e7946b5b3.txt', 'traditional'],
    ['002_9cf68f22f8066400.txt', 'traditional'],
    ['003_f0db3c5afb1c4395.txt', 'simplified'],
    ['004_713304df437d9aa5.txt', 'simplified'],
  ])('corpus %s is %s', (file, script) => {
    expect(detectScript(readFileSync(`${CORPUS_DIR}${file}`, 'utf8')).script).toBe(script);
  });

  test('counts Han characters only', () => {
    expect(detectScript('中朝 ABC 123 關係').hanChars).toBe(4);
  });
});

test('the script tables asset is what OpenCC tables give today', () => {
  expect(buildScriptTables()).toBe(readFileSync(SCRIPT_TABLES_FILE, 'utf8'));
});
