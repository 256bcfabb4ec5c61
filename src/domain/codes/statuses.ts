import { defineCodeList } from './code-list';

export const statuses = defineCodeList([
  {
    code: 'ongoing',
    labels: { en: 'Ongoing', fr: 'En cours' },
    aliases: ['active', 'in progress', 'implementation', 'en cours de mise en oeuvre', 'actif'],
  },
  {
    code: 'completed',
    labels: { en: 'Completed', fr: 'Achevé' },
    aliases: ['closed', 'finalised', 'finalized', 'ended', 'termine', 'acheve', 'clos', 'cloture'],
  },
  {
    code: 'cancelled',
    labels: { en: 'Cancelled', fr: 'Annulé' },
    aliases: ['canceled', 'annule', 'annulee'],
  },
  {
    code: 'suspended',
    labels: { en: 'Suspended', fr: 'Suspendu' },
    aliases: ['suspendu', 'suspendue', 'on hold'],
  },
] as const);

export type StatusCode = (typeof statuses.codes)[number];
