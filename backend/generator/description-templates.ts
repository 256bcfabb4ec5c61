import type { GeneratedType } from './generated-types';

interface DescriptionParts {
  /** Why the project exists; `{place}` follows "in". */
  context: readonly string[];
  /** What it does. */
  activities: readonly string[];
  /** What it should change. */
  outcomes: readonly string[];
}

/** Sentences that project descriptions are assembled from, two to four per project. */
export const DESCRIPTION_PARTS: Record<GeneratedType, DescriptionParts> = {
  avrr: {
    context: [
      'Growing numbers of migrants return to {place} without the means to rebuild their lives.',
      'Authorities in {place} have asked for support to manage returns in a safe and dignified way.',
    ],
    activities: [
      'The project provides counselling, reintegration grants and referrals to local services for returnees.',
      'It trains officials and civil society partners on return counselling, case management and follow-up.',
      'It maps the profiles and needs of returning migrants and the services available to them.',
    ],
    outcomes: [
      'Returnees are expected to reach economic self-sufficiency and social stability in their communities.',
      'The work lays the ground for a nationally owned return and reintegration framework.',
    ],
  },
  'counter-trafficking': {
    context: [
      'In {place}, trafficking in persons affects women, men and children alike, often through deceptive job offers.',
      'Victims of trafficking identified in {place} rarely receive the protection they are entitled to.',
    ],
    activities: [
      'The project trains police, prosecutors and labour inspectors to identify and investigate cases.',
      'It sets up shelters and referral procedures so that victims receive protection and assistance.',
      'It runs awareness campaigns in communities where recruiters are most active.',
    ],
    outcomes: [
      'More cases are expected to be identified, and more victims assisted, under clear national procedures.',
      'Cooperation between the agencies concerned will be formalised in standard operating procedures.',
    ],
  },
  'labour-migration': {
    context: [
      'Labour migration is a major source of household income in {place} but exposes workers to abuse.',
      'Governments in {place} want to open regular pathways for labour migration while protecting workers.',
    ],
    activities: [
      'The project reviews recruitment regulations and supports the licensing and monitoring of agencies.',
      'It develops pre-departure orientation and skills certification for prospective migrant workers.',
      'It facilitates dialogue with countries of destination on bilateral labour agreements.',
    ],
    outcomes: [
      'Migrant workers should face lower recruitment costs and better protection of their rights.',
      'Policy makers gain the tools to manage labour migration in line with international standards.',
    ],
  },
  'border-management': {
    context: [
      'Border agencies in {place} face growing traffic and need modern tools to keep borders open and secure.',
      'Long and porous borders in {place} make it hard to tell travellers, migrants and people in need of protection apart.',
    ],
    activities: [
      'The project trains border officials in document examination, risk analysis and the rights of migrants.',
      'It equips selected border crossing points with data systems linked to central databases.',
      'It supports standard operating procedures for cooperation between border agencies.',
    ],
    outcomes: [
      'Border processing should become faster and more reliable, with better data on movements.',
      'Cross-border cooperation and the identification of vulnerable migrants are expected to improve.',
    ],
  },
  'migration-development': {
    context: [
      'Remittances and the diaspora play a large part in the economy of communities in {place}.',
      'Local authorities in {place} see migration as a lever for development but lack the tools to use it.',
    ],
    activities: [
      'The project maps diaspora skills and investment interest and links them to local needs.',
      'It helps local governments include migration in their development plans and budgets.',
      'It supports financial literacy and the productive use of remittances in communities of origin.',
    ],
    outcomes: [
      'The diaspora is expected to contribute more knowledge and investment to local development.',
      'Migration should be reflected in development strategies at national and local level.',
    ],
  },
  'migration-health': {
    context: [
      'Migrants in {place} often face barriers to health care, from cost to language and legal status.',
      'High mobility in {place} complicates the prevention and control of communicable diseases.',
    ],
    activities: [
      'The project trains health workers and officials on migrant-sensitive health services.',
      'It strengthens screening, referral and surveillance at points of entry.',
      'It supports a health assessment of migrant populations to inform policy.',
    ],
    outcomes: [
      'Migrants should gain better access to essential health services.',
      'Health authorities will be better prepared to respond to outbreaks linked to mobility.',
    ],
  },
  'policy-research': {
    context: [
      'Migration policy in {place} has developed piecemeal, with responsibilities spread over many institutions.',
      'Reliable data on migration in {place} are scarce, which limits evidence-based policy making.',
    ],
    activities: [
      'The project supports an inter-ministerial process to draft a comprehensive migration policy.',
      'It compiles a migration profile and trains statisticians to collect and share migration data.',
      'It commissions research on migration trends and their social and economic effects.',
    ],
    outcomes: [
      'Decision makers will have a coherent policy framework and the evidence to implement it.',
      'Government coordination on migration is expected to become more regular and better informed.',
    ],
  },
  environment: {
    context: [
      'Communities in {place} are increasingly exposed to droughts, floods and rising seas.',
      'Climate change is already shaping migration patterns in {place}.',
    ],
    activities: [
      'The project assesses how environmental change drives mobility and which areas are most at risk.',
      'It helps authorities plan for displacement and, where needed, planned relocation.',
      'It integrates human mobility into national adaptation and disaster risk reduction plans.',
    ],
    outcomes: [
      'Communities at risk should gain options to adapt, move safely or stay.',
      'Policies on climate, disasters and migration are expected to become better aligned.',
    ],
  },
};

/** Optional closing sentences shared by every type. */
export const CLOSINGS: readonly string[] = [
  'It is implemented with the national authorities and civil society partners.',
  'It builds on the results of an earlier phase.',
  'A final evaluation will draw lessons for future programming.',
  'Activities are coordinated with other development partners.',
];
