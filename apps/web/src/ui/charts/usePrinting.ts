import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

/**
 * True while the page is laid out for paper. Charts then render at a fixed printable width and
 * without animation. `beforeprint` re-renders synchronously (flushSync), because the browser
 * lays the page out for print right after that event and would otherwise capture the screen
 * layout; the media query covers print emulation, which fires no print events.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const query = printQuery();
    const change = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
