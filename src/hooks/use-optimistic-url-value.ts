import { useEffect, useState } from 'react';

/**
 * A value held in the URL, shown at once when the user changes it. The router writes the URL in
 * a transition a moment after the click; until it arrives the control would flick back to the
 * old value. Any change of the URL's value (the write arriving, Back, Clear filters) ends it.
 */
export function useOptimisticUrlValue<T>(fromUrl: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => setPending(null), [fromUrl]);
  return [pending ? pending.value : fromUrl, (value: T) => setPending({ value })];
}
