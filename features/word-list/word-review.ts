// Reviewing the word list: when each word is next due, by a Leitner scheme (a word marked known waits longer each
// time, one marked again comes back at once), the words due now in the order to ask them, and the reader's filters.
// Plain TypeScript, no browser API.
import type { SavedWord } from './word-list-format';

export type ReviewResult = 'known' | 'again';

/** What the review has learned of one word. */
export interface ReviewState {
  /** Times in a row the word was known (0 after "again"). */
  level: number;
  /** When it is next due, ISO 8601. */
  due: string;
  /** Times it was reviewed. */
  reviews: number;
  last: ReviewResult;
}

/** Review states by word. */
export type ReviewLog = Readonly<Record<string, ReviewState>>;

/** Days a word waits after being known at each level (1, 2, 3…; the last one repeats). */
export const KNOWN_INTERVAL_DAYS = [1, 3, 7, 21, 60] as const;
const DAY_MS = 86_400_000;

/** The state after one review: known moves the word up a level and out for longer; again puts it back to now. */
export function afterReview(state: ReviewState | undefined, result: ReviewResult, now: Date): ReviewState {
  const level = result === 'known' ? (state?.level ?? 0) + 1 : 0;
  const days = result === 'known' ? KNOWN_INTERVAL_DAYS[Math.min(level, KNOWN_INTERVAL_DAYS.length) - 1]! : 0;
  return { level, due: new Date(now.getTime() + days * DAY_MS).toISOString(), reviews: (state?.reviews ?? 0) + 1, last: result };
}

/** A word is due when never reviewed or when its time has come. */
export const isDue = (state: ReviewState | undefined, now: Date): boolean => !state || Date.parse(state.due) <= now.getTime();

/**
 * The words to review now: those reviewed before whose time has come, longest overdue first, then the words never
 * reviewed, oldest saved first (as they were met).
 */
export function reviewQueue(list: readonly SavedWord[], log: ReviewLog, now: Date): SavedWord[] {
  const due = list.filter((item) => log[item.word] && isDue(log[item.word], now));
  due.sort((a, b) => log[a.word]!.due.localeCompare(log[b.word]!.due) || a.word.localeCompare(b.word));
  const fresh = list.filter((item) => !log[item.word]).sort((a, b) => a.date.localeCompare(b.date) || a.word.localeCompare(b.word));
  return [...due, ...fresh];
}

export type ReviewFilter = 'all' | 'due' | 'known' | 'again';
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['all', 'due', 'known', 'again'];

/** The words a filter shows: all, those due now, those last marked known, those last marked again. */
export function filterByReview(list: readonly SavedWord[], log: ReviewLog, filter: ReviewFilter, now: Date): SavedWord[] {
  if (filter === 'all') return [...list];
  if (filter === 'due') return list.filter((item) => isDue(log[item.word], now));
  return list.filter((item) => log[item.word]?.last === filter);
}

/** The log without the words no longer in the list (a word deleted takes its review with it). */
export function logFor(list: readonly SavedWord[], log: ReviewLog): Record<string, ReviewState> {
  const words = new Set(list.map((item) => item.word));
  return Object.fromEntries(Object.entries(log).filter(([word]) => words.has(word)));
}

/** The action of a key (KeyboardEvent.key) in review mode, if it has one: the marks count only once the answer is shown. */
export function reviewKey(key: string, revealed: boolean): 'reveal' | ReviewResult | 'close' | undefined {
  if (key === 'Escape') return 'close';
  if (!revealed) return key === ' ' || key === 'Enter' ? 'reveal' : undefined;
  const lower = key.toLowerCase();
  if (lower === 'k' || key === 'ArrowRight') return 'known';
  if (lower === 'a' || key === 'ArrowLeft') return 'again';
  return undefined;
}
