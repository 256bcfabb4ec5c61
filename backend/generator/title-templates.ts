import type { GeneratedType } from './generated-types';

/** English project titles per type; `{place}` is a country, a pair of countries or a region. */
export const TITLES_EN: Record<GeneratedType, readonly string[]> = {
  avrr: [
    'Sustainable reintegration support for returning migrants in {place}',
    'Strengthening assisted voluntary return and reintegration capacities in {place}',
    'Community-based reintegration of returnees in {place}',
    'Feasibility study for a national return and reintegration programme in {place}',
    'Psychosocial and economic reintegration assistance in {place}',
  ],
  'counter-trafficking': [
    'Strengthening the national response to trafficking in persons in {place}',
    'Protection and assistance for victims of trafficking in {place}',
    'Building law enforcement capacity against human trafficking in {place}',
    'Preventing trafficking through community awareness in {place}',
    'Establishing a referral mechanism for trafficked persons in {place}',
  ],
  'labour-migration': [
    'Promoting ethical recruitment and fair labour migration in {place}',
    'Pre-departure orientation for migrant workers in {place}',
    'Skills recognition and labour mobility partnerships in {place}',
    'Protecting the rights of migrant workers in {place}',
    'Developing labour migration policy in {place}',
  ],
  'border-management': [
    'Enhancing integrated border management in {place}',
    'Strengthening document examination and identity management in {place}',
    'Modernising border data systems in {place}',
    'Humanitarian border management training in {place}',
    'Improving immigration and border governance in {place}',
  ],
  'migration-development': [
    'Engaging the diaspora for local development in {place}',
    'Harnessing remittances for development in {place}',
    'Mainstreaming migration into development planning in {place}',
    'Diaspora skills transfer programme in {place}',
    'Linking migration and local development strategies in {place}',
  ],
  'migration-health': [
    'Improving migrants’ access to health services in {place}',
    'Strengthening health screening at points of entry in {place}',
    'Migration health assessment and policy support in {place}',
    'Mobility-aware disease surveillance in {place}',
    'Mental health and psychosocial support for migrants in {place}',
  ],
  'policy-research': [
    'Developing a national migration policy in {place}',
    'Migration profile and data strengthening in {place}',
    'Strengthening migration governance and coordination in {place}',
    'Improving migration statistics and evidence in {place}',
    'Capacity building in migration management in {place}',
  ],
  environment: [
    'Addressing climate-induced displacement in {place}',
    'Assessing environmental migration risks in {place}',
    'Planned relocation and climate resilience in {place}',
    'Integrating human mobility into climate adaptation plans in {place}',
    'Disaster displacement preparedness in {place}',
  ],
};

/**
 * French titles for a few projects, as the fund's French pages write them. The place goes in
 * brackets so that no article or preposition has to agree with the country's gender.
 */
export const TITLES_FR: Record<GeneratedType, readonly string[]> = {
  avrr: [
    'Appui à la réintégration durable des migrants de retour ({place})',
    'Aide au retour volontaire : étude de faisabilité ({place})',
  ],
  'counter-trafficking': [
    'Lutte contre la traite des personnes : protection des victimes ({place})',
    'Renforcement de la coopération judiciaire contre la traite ({place})',
  ],
  'labour-migration': [
    'Migration de main-d’œuvre équitable et recrutement éthique ({place})',
    'Orientation préalable au départ des travailleurs migrants ({place})',
  ],
  'border-management': [
    'Gestion intégrée des frontières et sécurité des documents ({place})',
    'Renforcement des capacités des services de l’immigration ({place})',
  ],
  'migration-development': [
    'Mobilisation de la diaspora pour le développement local ({place})',
    'Intégration de la migration dans la planification du développement ({place})',
  ],
  'migration-health': [
    'Santé des migrants : accès aux soins et préparation aux épidémies ({place})',
    'Surveillance sanitaire aux points d’entrée ({place})',
  ],
  'policy-research': [
    'Élaboration d’une politique migratoire nationale ({place})',
    'Profil migratoire et renforcement des données ({place})',
  ],
  environment: [
    'Migration, environnement et changement climatique : évaluation des risques ({place})',
    'Déplacements liés aux catastrophes : préparation et résilience ({place})',
  ],
};

/** Suffixes for follow-up phases of a project. */
export const PHASE_SUFFIXES = [' – Phase II', ' – Phase III', ' (Phase II)'] as const;
