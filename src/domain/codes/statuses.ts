import { defineCodeList } from './code-list';

export const statuses = defineCodeList([
  {
    code: 'ongoing',
    labels: { en: 'Ongoing', fr: 'En cours', es: 'En curso' },
    aliases: [
      'active',
      'in progress',
      'implementation',
      'en cours de mise en oeuvre',
      'actif',
      'activo',
      'en ejecucion',
    ],
  },
  {
    code: 'completed',
    labels: { en: 'Completed', fr: 'Achevé', es: 'Finalizado' },
    aliases: [
      'closed',
      'finalised',
      'finalized',
      'ended',
      'termine',
      'acheve',
      'clos',
      'cloture',
      'terminado',
      'concluido',
      'cerrado',
      'completado',
    ],
  },
  {
    code: 'cancelled',
    labels: { en: 'Cancelled', fr: 'Annulé', es: 'Cancelado' },
    aliases: ['canceled', 'annule', 'annulee', 'anulado'],
  },
  {
    code: 'suspended',
    labels: { en: 'Suspended', fr: 'Suspendu', es: 'Suspendido' },
    aliases: ['suspendu', 'suspendue', 'on hold'],
  },
] as const);

export type StatusCode = (typeof statuses.codes)[number];
