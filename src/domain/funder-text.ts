import type { Funder } from './project';

/**
 * Funders as one line of text, for CSV cells: `Germany [XM-DAC-5] (60%); Sweden`, the IATI ref
 * in brackets and the stated share in parentheses when known. `readFunderText` reads it back.
 */
export function funderText(funders: readonly Funder[] | undefined): string {
  return (funders ?? [])
    .map((f) => {
      const ref = f.ref ? ` [${f.ref}]` : '';
      const share = f.share === undefined ? '' : ` (${Number((f.share * 100).toPrecision(12))}%)`;
      return `${f.name}${ref}${share}`;
    })
    .join('; ');
}

const FUNDER_TEXT = /^(.*?)\s*(?:\[([^\]]*)\])?\s*(?:\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\))?$/;

/** One funder written as `Name [ref] (60%)`, the ref and share optional; undefined when empty. */
export function readFunderText(text: string): Funder | undefined {
  const match = FUNDER_TEXT.exec(text.trim());
  if (!match) return undefined;
  const name = match[1]!.trim();
  const ref = match[2]?.trim();
  if (!name && !ref) return undefined;
  const funder: Funder = { name: name || ref! };
  if (ref) funder.ref = ref;
  if (match[3] !== undefined) funder.share = Number(match[3].replace(',', '.')) / 100;
  return funder;
}
