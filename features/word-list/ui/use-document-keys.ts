// A keydown listener on the whole document that always sees the latest render's state.
// It is attached in a layout effect, which runs as the render is committed: a key pressed right after the
// render (R then Space at once) reaches it, where a plain effect would attach only after the next frame and
// lose the key. The listener is attached once; each render swaps in its handler through a ref.
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useDocumentKeys(onKey: (event: KeyboardEvent) => void): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
