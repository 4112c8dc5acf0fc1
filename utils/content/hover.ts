// Shows the hover card for the word under the pointer. The worker segments and looks up; we only point.
import type { WordCard } from '../messages';
import type { Reply } from '../messages';
import type { HoverCard } from './hover-card';
import { textAtPoint } from './text-at-point';

export type LookupWord = (text: string, offset: number) => Promise<Reply<WordCard | null>>;

export function startHover(document: Document, card: HoverCard, lookup: LookupWord, signal: AbortSignal) {
  let frame = 0;
  let lastKey = '';
  // Each lookup gets a number; an answer that is no longer the latest is dropped.
  let latest = 0;

  async function update(x: number, y: number) {
    const found = textAtPoint(document, x, y);
    if (!found) {
      lastKey = '';
      latest++;
      card.hide();
      return;
    }
    const key = `${found.text}@${found.offset}`;
    if (key === lastKey) return;
    lastKey = key;
    const ticket = ++latest;
    const reply = await lookup(found.text, found.offset);
    if (ticket !== latest || signal.aborted) return;
    if (!reply.ok || !reply.value) {
      // A failed lookup (a worker still starting) is tried again when the pointer next moves.
      if (!reply.ok) lastKey = '';
      card.hide();
      return;
    }
    const start = found.locate(reply.value.start);
    const end = found.locate(reply.value.end - 1);
    if (!start || !end) return;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    card.show(reply.value, range.getBoundingClientRect());
  }

  document.addEventListener(
    'mousemove',
    (event) => {
      if (card.contains(event.target as Node)) return;
      cancelAnimationFrame(frame);
      // One lookup per frame at most, however fast the pointer moves.
      frame = requestAnimationFrame(() => void update(event.clientX, event.clientY));
    },
    { signal, passive: true },
  );
  document.addEventListener('keydown', (event) => event.key === 'Escape' && card.hide(), { signal });
  document.addEventListener('scroll', () => card.hide(), { signal, passive: true, capture: true });
}
