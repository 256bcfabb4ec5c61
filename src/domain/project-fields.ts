import type { Labels, Language } from './codes/languages';

/**
 * One model of a project's fields: this table is the only list of them. It drives the projects
 * table's columns and headings, the CSV export's columns and header cells (in each language), the
 * project page's facts and the Import screen's mapping (the labels and the header words sources
 * use). A new field is added here, and TypeScript then asks for it wherever a field is shown.
 *
 * `kind` says how a value reads and sorts: `code` is one code of a code list (exported with its
 * label beside it), `codes` a list of country codes, `money` an amount in USD (absent is "not
 * provided", never 0), `money-moved` an optional amount a portfolio may not report at all (its
 * column shows only where some project has it), `year` a year (a name, never grouped as 2,019).
 * `page` says where the project page shows it: the heading, the list of facts, or the funding
 * section.
 */
export type FieldKind =
  'text' | 'date' | 'code' | 'codes' | 'money' | 'money-moved' | 'year' | 'funders';

export interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  /** The field's name wherever a person reads it: heading, CSV header, project page, import. */
  readonly label: Labels;
  /** Labels earlier exports wrote (French before one term per concept): still read on import. */
  readonly formerLabels?: readonly string[];
  readonly page: 'heading' | 'facts' | 'funding';
  /**
   * Header words sources use for it (the fund's own page labels, our export's headers, API
   * names, IATI and UNDP keys), compared after `normalizeHeader`: case, accents, punctuation and
   * `_` do not matter.
   */
  readonly headerWords: readonly string[];
}

/** Every field in the order of DESIGN §2, then funders and money moved (§11). */
export const PROJECT_FIELD_TABLE = [
  {
    key: 'title',
    kind: 'text',
    label: { en: 'Title', fr: 'Titre', es: 'Título' },
    page: 'heading',
    headerWords: [
      'title',
      'titre',
      'heading',
      'name',
      'project name',
      'project title',
      'titre du projet',
      'nom',
      'nom du projet',
      'intitule',
      'intitule du projet',
      'activity title',
      'titulo',
      'titulo del proyecto',
      'nombre',
      'nombre del proyecto',
    ],
  },
  {
    key: 'startDate',
    kind: 'date',
    label: { en: 'Start date', fr: 'Date de début', es: 'Fecha de inicio' },
    page: 'facts',
    headerWords: [
      'start date',
      'date de debut',
      'start',
      'debut',
      'date debut',
      'actual start date',
      'planned start date',
      'begin date',
      'starting date',
      'date start',
      'start date actual',
      'start date planned',
      'fecha de inicio',
      'inicio',
      'fecha inicio',
      'fecha de comienzo',
    ],
  },
  {
    key: 'endDate',
    kind: 'date',
    label: { en: 'End date', fr: 'Date de fin', es: 'Fecha de finalización' },
    page: 'facts',
    headerWords: [
      'end date',
      'date de fin',
      'end',
      'fin',
      'date fin',
      'actual end date',
      'planned end date',
      'completion date',
      'date d achevement',
      'date end',
      'end date actual',
      'end date planned',
      'fecha de finalizacion',
      'fecha de fin',
      'fecha fin',
      'fecha de termino',
      'fecha de cierre',
    ],
  },
  {
    key: 'status',
    kind: 'code',
    label: { en: 'Status', fr: 'Statut', es: 'Estado' },
    formerLabels: ['Statut du projet'],
    page: 'facts',
    headerWords: [
      'status',
      'statut',
      'statut du projet',
      'project status',
      'etat du projet',
      'activity status',
      'statut de l activite',
      'estado',
      'estado del proyecto',
      'situacion',
      'estado de la actividad',
    ],
  },
  {
    key: 'type',
    kind: 'code',
    label: { en: 'Project type', fr: 'Type de projet', es: 'Tipo de proyecto' },
    page: 'facts',
    headerWords: [
      'type',
      'project type',
      'type de projet',
      'type of project',
      'thematic area',
      'domaine thematique',
      'theme',
      'thematique',
      'sector',
      'secteur',
      'dac sector',
      'sector code',
      'purpose code',
      'crs',
      'crs code',
      'tipo',
      'tipo de proyecto',
      'area tematica',
      'tematica',
      'codigo de sector',
    ],
  },
  {
    key: 'budgetUsd',
    kind: 'money',
    label: { en: 'Budget (USD)', fr: 'Budget (USD)', es: 'Presupuesto (USD)' },
    page: 'facts',
    headerWords: [
      'budget',
      'budget usd',
      'budget amount usd',
      'budget amount',
      'montant du budget',
      'montant du budget usd',
      'montant',
      'montant usd',
      'amount',
      'amount usd',
      'total budget',
      'budget total',
      'budget total usd',
      'cost',
      'cout',
      'cout total',
      'presupuesto',
      'presupuesto usd',
      'presupuesto total',
      'presupuesto total usd',
      'importe',
      'importe usd',
      'monto',
      'monto usd',
      'costo',
      'coste',
      'costo total',
      'coste total',
    ],
  },
  {
    key: 'coverage',
    kind: 'code',
    label: { en: 'Coverage', fr: 'Couverture', es: 'Cobertura' },
    page: 'facts',
    headerWords: [
      'coverage',
      'couverture',
      'scope',
      'portee',
      'geographic coverage',
      'couverture geographique',
      'activity scope',
      'cobertura',
      'cobertura geografica',
      'alcance',
    ],
  },
  {
    key: 'year',
    kind: 'year',
    label: { en: 'Funding year', fr: 'Année de financement', es: 'Año de financiación' },
    formerLabels: ['Année'],
    page: 'facts',
    headerWords: [
      'year',
      'annee',
      'funding year',
      'annee de financement',
      'fiscal year',
      'exercice',
      'exercice budgetaire',
      'approval year',
      'annee d approbation',
      'ano',
      'ano de financiacion',
      'ano de financiamiento',
      'ejercicio',
      'ejercicio presupuestario',
      'ano de aprobacion',
    ],
  },
  {
    key: 'region',
    kind: 'code',
    label: { en: 'Region', fr: 'Région', es: 'Región' },
    page: 'facts',
    headerWords: [
      'region',
      'idf region',
      'region idf',
      'fdi region',
      'region fdi',
      'bureau',
      'regional bureau',
      'recipient region',
      'region beneficiaria',
    ],
  },
  {
    key: 'primaId',
    kind: 'text',
    label: { en: 'Prima ID', fr: 'ID Prima', es: 'ID de Prima' },
    formerLabels: ['Prima ID'],
    page: 'facts',
    headerWords: [
      'prima id',
      'primaid',
      'prima',
      'prima code',
      'code prima',
      'id de prima',
      'codigo prima',
    ],
  },
  {
    key: 'id',
    kind: 'text',
    label: { en: 'Project ID', fr: 'ID du projet', es: 'ID del proyecto' },
    formerLabels: ['Projet ID'],
    page: 'facts',
    headerWords: [
      'id',
      'project id',
      'projet id',
      'id projet',
      'id du projet',
      'identifiant',
      'identifiant du projet',
      'project code',
      'code projet',
      'code du projet',
      'project number',
      'numero de projet',
      'iati identifier',
      'activity id',
      'id del proyecto',
      'id proyecto',
      'identificador',
      'identificador del proyecto',
      'codigo del proyecto',
      'codigo de proyecto',
      'numero de proyecto',
    ],
  },
  {
    key: 'countries',
    kind: 'codes',
    label: { en: 'Benefiting states', fr: 'États bénéficiaires', es: 'Estados beneficiarios' },
    page: 'facts',
    headerWords: [
      'countries',
      'country',
      'pays',
      'benefiting states',
      'benefiting countries',
      'etats beneficiaires',
      'etats membres beneficiaires',
      'etat membre beneficiaire',
      'member states',
      'etats membres',
      'recipient country',
      'recipient countries',
      'operating unit',
      'beneficiary countries',
      'beneficiary country',
      'country code',
      'country codes',
      'code pays',
      'states',
      'pais',
      'paises',
      'estados beneficiarios',
      'paises beneficiarios',
      'pais beneficiario',
      'estados miembros',
      'codigo de pais',
      'codigos de pais',
    ],
  },
  {
    key: 'funders',
    kind: 'funders',
    label: { en: 'Funders', fr: 'Bailleurs de fonds', es: 'Financiadores' },
    page: 'funding',
    headerWords: [
      'funder',
      'funders',
      'donor',
      'donors',
      'bailleur',
      'bailleurs',
      'bailleur de fonds',
      'bailleurs de fonds',
      'funding organisation',
      'funding organization',
      'organisme de financement',
      'financiador',
      'financiadores',
      'donante',
      'donantes',
      'organismo financiador',
      'organizacion financiadora',
    ],
  },
  {
    key: 'committedUsd',
    kind: 'money-moved',
    label: { en: 'Committed (USD)', fr: 'Engagé (USD)', es: 'Comprometido (USD)' },
    page: 'funding',
    headerWords: [
      'committed',
      'committed usd',
      'commitment',
      'commitments',
      'engage',
      'engage usd',
      'engagement',
      'engagements',
      'comprometido',
      'comprometido usd',
      'compromiso',
      'compromisos',
    ],
  },
  {
    key: 'disbursedUsd',
    kind: 'money-moved',
    label: { en: 'Disbursed (USD)', fr: 'Décaissé (USD)', es: 'Desembolsado (USD)' },
    page: 'funding',
    headerWords: [
      'disbursed',
      'disbursed usd',
      'disbursement',
      'disbursements',
      'decaisse',
      'decaisse usd',
      'decaissement',
      'decaissements',
      'desembolsado',
      'desembolsado usd',
      'desembolso',
      'desembolsos',
    ],
  },
  {
    key: 'spentUsd',
    kind: 'money-moved',
    label: { en: 'Spent (USD)', fr: 'Dépensé (USD)', es: 'Gastado (USD)' },
    page: 'funding',
    headerWords: [
      'spent',
      'spent usd',
      'expenditure',
      'expenditures',
      'expenses',
      'depense',
      'depense usd',
      'depenses',
      'gastado',
      'gastado usd',
      'gasto',
      'gastos',
      'ejecutado',
    ],
  },
] as const satisfies readonly FieldSpec[];

export type ProjectField = (typeof PROJECT_FIELD_TABLE)[number]['key'];

/** The fields in order: what "all columns" shows and exports. */
export const PROJECT_FIELDS: readonly ProjectField[] = PROJECT_FIELD_TABLE.map((f) => f.key);

const BY_KEY = new Map<string, FieldSpec>(PROJECT_FIELD_TABLE.map((f) => [f.key, f]));

/** The row of the table for a field. */
export function fieldSpec(field: ProjectField): FieldSpec {
  return BY_KEY.get(field)!;
}

/** The label of a field in a language ("Date de début"). */
export function fieldLabel(field: ProjectField, lang: Language): string {
  return fieldSpec(field).label[lang];
}

/** The fields of a kind, in order. */
export function fieldsOfKind<K extends FieldKind>(...kinds: K[]): ProjectField[] {
  return PROJECT_FIELDS.filter((f) => (kinds as FieldKind[]).includes(fieldSpec(f).kind));
}

/** Fields whose values are codes: exported as a code column and a label column. */
export const CODED_FIELDS = [
  'status',
  'type',
  'coverage',
  'region',
  'countries',
] as const satisfies readonly ProjectField[];
export type CodedField = (typeof CODED_FIELDS)[number];

/** Fields holding numbers (amounts, years): aligned right, sorted as numbers. */
export const NUMERIC_FIELDS: ReadonlySet<ProjectField> = new Set(
  fieldsOfKind('money', 'money-moved', 'year'),
);

/** The money-moved fields: optional, so columns for them show only where a portfolio has them. */
export const MONEY_MOVED_FIELDS = [
  'committedUsd',
  'disbursedUsd',
  'spentUsd',
] as const satisfies readonly ProjectField[];
export type MoneyMovedField = (typeof MONEY_MOVED_FIELDS)[number];

/** The description: a field of the full project (not of the summaries lists carry); imported too. */
export const DESCRIPTION_FIELD = {
  key: 'description',
  label: { en: 'Description', fr: 'Description', es: 'Descripción' },
  headerWords: [
    'description',
    'summary',
    'resume',
    'objective',
    'objectif',
    'objectives',
    'abstract',
    'project description',
    'description du projet',
    'descripcion',
    'resumen',
    'objetivo',
    'objetivos',
    'descripcion del proyecto',
  ],
} as const satisfies Omit<FieldSpec, 'kind' | 'page'>;
