import { z } from 'zod';
import { decodeProjectColumns, projectColumnsPageSchema } from './project-columns';
import { projectPageSchema, type ProjectSummary } from './project';
import { createSummaryValidator, type ParseOptions, type RejectedRecord } from './parse-record';

/**
 * A page of the project list in either wire format: a server that ignores `format=columns` and
 * sends rows is understood.
 */
export const anyPageSchema = z.union([projectColumnsPageSchema, projectPageSchema]);
export type AnyPage = z.infer<typeof anyPageSchema>;

/** A page's records (unvalidated one by one) and the announced total, or why it is inconsistent. */
export type PageRecords =
  { ok: true; total: number; items: unknown[] } | { ok: false; message: string };

/** The records a page carries, in page order, whatever its format. */
export function recordsOfPage(page: AnyPage): PageRecords {
  if (!('format' in page)) return { ok: true, total: page.total, items: page.items };
  const decoded = decodeProjectColumns(page);
  return decoded.ok ? { ok: true, total: page.total, items: decoded.records } : decoded;
}

/** What one page holds: the total it announces and its records, or why it cannot be read. */
export type PageRead =
  { ok: true; total: number; records: number } | { ok: false; message: string };

/** The validated portfolio built from its pages. */
export interface IngestedPages {
  projects: ProjectSummary[];
  rejected: RejectedRecord[];
}

/**
 * Validates the pages of a project list as they arrive, in any order, as the page does: each
 * page's records once every page before it has been, so that record positions, duplicate IDs and
 * rejection reasons come out exactly as the page's own validator finds them.
 */
export function createPageIngest(asOf: string | undefined, options: ParseOptions = {}) {
  const validator = createSummaryValidator(asOf, options);
  const arrived = new Map<number, unknown[]>();
  let next = 0;
  let problem: string | undefined;
  return {
    /**
     * A page's JSON body, index 0 for the first page: its announced total and how many records
     * it carries, or why it cannot be read (then every later page is refused too).
     */
    add(index: number, body: unknown): PageRead {
      if (problem) return { ok: false, message: problem };
      const parsed = anyPageSchema.safeParse(body);
      const records = parsed.success
        ? recordsOfPage(parsed.data)
        : { ok: false as const, message: parsed.error.issues[0]?.message ?? 'invalid page' };
      if (!records.ok) {
        problem = `page ${index}: ${records.message}`;
        return { ok: false, message: problem };
      }
      arrived.set(index, records.items);
      for (let items = arrived.get(next); items; items = arrived.get(next)) {
        arrived.delete(next++);
        validator.add(items);
      }
      return { ok: true, total: records.total, records: records.items.length };
    },
    /** Every page sent (`pages` of them): the portfolio, or why it is incomplete. */
    finish(pages: number): { ok: true; value: IngestedPages } | { ok: false; message: string } {
      if (problem) return { ok: false, message: problem };
      if (next !== pages) return { ok: false, message: `received ${next} of ${pages} pages` };
      const { projects, rejected } = validator.result();
      return { ok: true, value: { projects, rejected } };
    },
  };
}
