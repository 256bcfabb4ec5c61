/**
 * A quantised colour scale for the choropleth: equal-width classes from 0 to a round maximum,
 * with round thresholds so the legend reads "US$400k – US$800k", not "US$376,651 – …".
 */
export interface QuantizeScale {
  /** Upper bound (inclusive) of each class; the last one is at or above the largest value. */
  uppers: number[];
  /** The class (0-based) a value falls in: the first whose upper bound it does not exceed. */
  classOf: (value: number) => number;
}

/** Mantissas of the round steps, so consecutive steps grow by at most 1.5×. */
const STEP_MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/** The most classes the scale makes; fewer only when the values are too few (small integer counts). */
export const MAX_CLASSES = 7;

/** The round steps from small to large around a magnitude. */
function candidateSteps(max: number, integer: boolean): number[] {
  const magnitude = 10 ** Math.floor(Math.log10(max / MAX_CLASSES));
  const steps: number[] = [];
  for (const power of [magnitude / 10, magnitude, magnitude * 10, magnitude * 100]) {
    for (const m of STEP_MANTISSAS) {
      const step = m * power;
      if (!integer || (Number.isInteger(step) && step >= 1)) steps.push(step);
    }
  }
  return steps;
}

/**
 * Quantises [0, max] into at most MAX_CLASSES equal classes with a round step: the smallest
 * step that needs no more than MAX_CLASSES classes. Because steps grow by at most 1.5×, that
 * leaves at least 5 classes for continuous values; integer values (counts) use integer steps.
 */
export function quantize(max: number, options: { integer?: boolean } = {}): QuantizeScale {
  const integer = options.integer ?? false;
  if (!(max > 0) || !Number.isFinite(max)) return { uppers: [integer ? 1 : 0], classOf: () => 0 };
  const step =
    candidateSteps(max, integer).find((s) => Math.ceil(max / s - 1e-9) <= MAX_CLASSES) ?? max;
  const classes = Math.max(1, Math.ceil(max / step - 1e-9));
  const uppers = Array.from({ length: classes }, (_, i) => roundOff((i + 1) * step));
  const classOf = (value: number) => {
    const i = uppers.findIndex((upper) => value <= upper);
    return i === -1 ? classes - 1 : i;
  };
  return { uppers, classOf };
}

/** Removes binary floating-point noise from a multiple of a decimal step (0.30000000000000004). */
function roundOff(value: number): number {
  return Number(value.toPrecision(12));
}

/** The lower bound (exclusive) of a class: the previous class's upper bound, 0 for the first. */
export function lowerOf(scale: QuantizeScale, index: number): number {
  return index === 0 ? 0 : (scale.uppers[index - 1] ?? 0);
}
