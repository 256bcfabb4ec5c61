import type { Funder, ProjectSummary } from './project';

/** How a funder is known across projects: its IATI ref when known, else its name. */
export function funderKey(funder: Funder): string {
  return funder.ref ?? funder.name;
}

/** One distinct funder of a project with the part of its budget attributed to it. */
export interface FunderPart {
  key: string;
  name: string;
  /** 0–1; a project's parts sum to 1. */
  share: number;
}

/**
 * How a project's budget divides among its funders (DESIGN §11): by the stated shares when every
 * funder states one (scaled so they sum to 1), else equally. A funder listed twice counts once
 * (its stated shares added), so funder totals add up to the portfolio total.
 */
export function funderParts(funders: readonly Funder[] | undefined): FunderPart[] {
  if (!funders || funders.length === 0) return [];
  // One funder, the common case: the whole budget, whatever share it states (no map to build).
  if (funders.length === 1) {
    const only = funders[0]!;
    return [{ key: funderKey(only), name: only.name, share: 1 }];
  }
  const byKey = new Map<string, { name: string; stated: number; allStated: boolean }>();
  for (const f of funders) {
    const key = funderKey(f);
    const entry = byKey.get(key) ?? { name: f.name, stated: 0, allStated: true };
    if (f.share === undefined) entry.allStated = false;
    else entry.stated += f.share;
    byKey.set(key, entry);
  }
  const entries = [...byKey.entries()];
  const stated = entries.every(([, e]) => e.allStated);
  const sum = entries.reduce((s, [, e]) => s + e.stated, 0);
  return entries.map(([key, e]) => ({
    key,
    name: e.name,
    share: stated && sum > 0 ? e.stated / sum : 1 / entries.length,
  }));
}

/** Whether a project is funded by any of the wanted funders, given by key (ref) or by name. */
export function fundedByAny(project: ProjectSummary, wanted: readonly string[]): boolean {
  return funderParts(project.funders).some(
    (f) => wanted.includes(f.key) || wanted.includes(f.name),
  );
}

/** Every funder of a portfolio by key, with the first name it goes by. */
export function funderNames(projects: readonly ProjectSummary[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of projects) {
    if (!p.funders) continue;
    for (const f of p.funders) {
      const key = funderKey(f);
      if (!names.has(key)) names.set(key, f.name);
    }
  }
  return names;
}
