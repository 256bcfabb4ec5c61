/** A focusable state on the map: its code and the point its tooltip anchors to. */
export interface FocusPoint {
  code: string;
  anchor: readonly [number, number];
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const DIRECTION: Record<ArrowKey, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTION;
}

/**
 * The state an arrow key moves to from another: the nearest one within 45° of the arrow, else
 * the nearest one on that side at all, a state straight ahead preferred to one off to the side
 * (distance along the arrow plus twice the distance across it). Undefined when there is none.
 */
export function stateInDirection(
  from: FocusPoint,
  points: readonly FocusPoint[],
  key: ArrowKey,
): string | undefined {
  const [dx, dy] = DIRECTION[key];
  const ahead: Nearest = { code: undefined, score: Infinity };
  const aside: Nearest = { code: undefined, score: Infinity };
  for (const p of points) {
    if (p.code === from.code) continue;
    const x = p.anchor[0] - from.anchor[0];
    const y = p.anchor[1] - from.anchor[1];
    const along = x * dx + y * dy;
    if (along <= 0) continue;
    const across = Math.abs(x * dy - y * dx);
    const score = along + 2 * across;
    if (along >= across) keepNearer(ahead, p.code, score);
    keepNearer(aside, p.code, score);
  }
  return ahead.code ?? aside.code;
}

interface Nearest {
  code: string | undefined;
  score: number;
}

function keepNearer(nearest: Nearest, code: string, score: number): void {
  if (score >= nearest.score) return;
  nearest.code = code;
  nearest.score = score;
}

/** The next state whose name starts with the typed letter, after the current one, wrapping. */
export function stateByLetter(
  letter: string,
  current: string,
  ordered: readonly { code: string; name: string }[],
  collator: Intl.Collator,
): string | undefined {
  const start = ordered.findIndex((s) => s.code === current);
  for (let step = 1; step <= ordered.length; step++) {
    const s = ordered[(start + step) % ordered.length]!;
    if (collator.compare(s.name.slice(0, 1), letter) === 0) return s.code;
  }
  return undefined;
}
