import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;

/**
 * True while the page is being printed. `beforeprint` re-renders synchronously, so what depends
 * on it (a chart drawn at the page's width) is in place before the browser lays out the pages.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    const query = printQuery();
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onChange = () => set(query?.matches ?? false);
    const onBefore = () => set(true);
    query?.addEventListener('change', onChange);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onChange);
    return () => {
      query?.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onChange);
    };
  }, []);
  return printing;
}
