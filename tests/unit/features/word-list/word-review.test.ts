// The word list's review: when a word comes back, which words are due and in what order, the filters.
import { describe, expect, test } from 'vitest';
import { afterReview, filterByReview, isDue, KNOWN_INTERVAL_DAYS, logFor, reviewKey, reviewQueue, type ReviewLog } from '../../../../features/word-list/word-review';
import type { SavedWord } from '../../../../features/word-list/word-list-format';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();
const item = (word: string, date: string): SavedWord => ({ word, simplified: word, traditional: word, pinyin: '', definition: '', sentence: '', title: '', url: '', date, note: '' });

describe('review schedule', () => {
  test('known waits longer each time in a row; again comes back at once and starts over', () => {
    let state = afterReview(undefined, 'known', NOW);
    expect(state).toEqual({ level: 1, due: days(KNOWN_INTERVAL_DAYS[0]), reviews: 1, last: 'known' });
    state = afterReview(state, 'known', NOW);
    expect(state).toMatchObject({ level: 2, due: days(KNOWN_INTERVAL_DAYS[1]), reviews: 2 });
    state = afterReview(state, 'again', NOW);
    expect(state).toEqual({ level: 0, due: NOW.toISOString(), reviews: 3, last: 'again' });
    expect(isDue(state, NOW)).toBe(true);
  });

  test('the longest wait repeats once reached', () => {
    let state = afterReview(undefined, 'known', NOW);
    for (let i = 0; i < KNOWN_INTERVAL_DAYS.length + 3; i++) state = afterReview(state, 'known', NOW);
    expect(state.due).toBe(days(KNOWN_INTERVAL_DAYS.at(-1)!));
  });

  test('a word never reviewed is due; one known today is not, until its day', () => {
    const known = afterReview(undefined, 'known', NOW);
    expect(isDue(undefined, NOW)).toBe(true);
    expect(isDue(known, NOW)).toBe(false);
    expect(isDue(known, new Date(days(1)))).toBe(true);
  });
});

describe('what to review', () => {
  const list = [item('新', '2026-11-30T00:00:00.000Z'), item('旧', '2026-11-01T00:00:00.000Z'), item('会', '2026-11-15T00:00:00.000Z'), item('不', '2026-11-10T00:00:00.000Z'), item('晚', '2026-11-11T00:00:00.000Z')];
  const log: ReviewLog = {
    会: { level: 0, due: days(-1), reviews: 2, last: 'again' },
    不: { level: 1, due: days(2), reviews: 1, last: 'known' },
    晚: { level: 2, due: days(-3), reviews: 2, last: 'known' },
  };

  test('overdue words first, longest overdue first, then the new ones as they were met; not-yet-due words wait', () => {
    expect(reviewQueue(list, log, NOW).map((w) => w.word)).toEqual(['晚', '会', '旧', '新']);
  });

  test('filters: due now, last known, last again', () => {
    const words = (filter: Parameters<typeof filterByReview>[2]) => filterByReview(list, log, filter, NOW).map((w) => w.word);
    expect(words('all')).toEqual(list.map((w) => w.word));
    expect(words('due')).toEqual(['新', '旧', '会', '晚']);
    expect(words('known')).toEqual(['不', '晚']);
    expect(words('again')).toEqual(['会']);
  });

  test('the log keeps only the words in the list', () => {
    expect(Object.keys(logFor(list.slice(2, 4), log)).sort()).toEqual(['不', '会']);
  });
});

describe('review keys', () => {
  test.each([
    [' ', false, 'reveal'],
    ['Enter', false, 'reveal'],
    ['k', false, undefined],
    ['a', false, undefined],
    ['k', true, 'known'],
    ['K', true, 'known'],
    ['ArrowRight', true, 'known'],
    ['a', true, 'again'],
    ['ArrowLeft', true, 'again'],
    [' ', true, undefined],
    ['Escape', false, 'close'],
    ['Escape', true, 'close'],
    ['x', true, undefined],
  ] as const)('%j (answer shown: %s) → %s', (key, revealed, action) => {
    expect(reviewKey(key, revealed)).toBe(action);
  });
});
