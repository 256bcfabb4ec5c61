import type { ProjectSummary } from '../project';
import type { CodeList } from './code-list';
import { coverages } from './coverage';
import type { Language } from './languages';
import { projectTypes, typeLabel } from './project-types';
import { regions } from './regions';
import { statuses } from './statuses';

/** The project fields that hold a code, with their code lists. */
export const CODE_LISTS = {
  status: statuses,
  type: projectTypes,
  coverage: coverages,
  region: regions,
} as const;
export type CodedProjectField = keyof typeof CODE_LISTS;

/** The label, in the language, of the code a project holds in a coded field. */
export function codedLabel(
  project: Pick<ProjectSummary, CodedProjectField>,
  field: CodedProjectField,
  lang: Language,
): string {
  if (field === 'type') return typeLabel(project.type, lang);
  return (CODE_LISTS[field] as CodeList<string>).label(project[field], lang);
}
