// The three UI languages carry the same messages with the same placeholders, so no string is missing in one
// (WXT would show the key's name) and none drops an argument.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/data';

/** Each message's key path (nested keys joined by dots) and the placeholders ($1, $2…) of its text. */
function messages(locale: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const path: string[] = [];
  for (const line of readFileSync(`${REPO_ROOT}locales/${locale}.yml`, 'utf8').split('\n')) {
    const match = /^( *)([^:\s][^:]*):\s*(.*)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    path.length = depth;
    path.push(match[2]!.trim());
    if (match[3]) found.set(path.join('.'), [...new Set(match[3].match(/\$\d/g) ?? [])].sort());
  }
  return found;
}

describe('locales', () => {
  const english = messages('en');
  test.each(['zh_CN', 'zh_TW'])('%s has every English message, no other, with the same placeholders', (locale) => {
    const other = messages(locale);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, placeholders] of english) expect(other.get(key), key).toEqual(placeholders);
  });

  test('the reader sees messages, not empty strings', () => {
    expect(english.size).toBeGreaterThan(100);
    expect(english.get('siteSwitch')).toEqual([]);
    expect(english.get('resultCount.n')).toEqual(['$1']);
  });
});
