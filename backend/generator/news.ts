import { COUNTRIES_BY_REGION } from '@/domain/codes/countries';
import { projectTypes } from '@/domain/codes/project-types';
import { dayToIso, firstDay, lastDay } from '@/domain/partial-date';
import type { NewsItem, Project } from '@/domain/project';
import { FIXED_NEWS } from './fixed-news';
import type { ProjectStore } from './generate-portfolio';
import type { GeneratedType } from './generated-types';
import { proseCountryName, proseRegionName } from './place-names';
import { pick, randomInt, type Random } from './prng';

const TOPICS: Record<GeneratedType, string> = {
  avrr: 'return and reintegration',
  'counter-trafficking': 'the fight against trafficking',
  'labour-migration': 'fair labour migration',
  'border-management': 'border management',
  'migration-development': 'diaspora engagement',
  'migration-health': 'migrant health',
  'policy-research': 'migration policy',
  environment: 'climate-related migration',
};

const PROJECT_STORIES: readonly (readonly [title: string, summary: string])[] = [
  [
    'New project on {topic} launched in {place}',
    'Government officials, partners and IOM staff met to agree the work plan of “{title}”.',
  ],
  [
    'Officials in {place} trained on {topic}',
    'Officials from several ministries completed training sessions organised under “{title}”.',
  ],
  [
    'Workshop in {place} reviews progress on {topic}',
    'Partners took stock of what “{title}” has achieved so far and of the challenges ahead.',
  ],
  [
    'Partners in {place} agree next steps on {topic}',
    'A closing meeting discussed how to sustain the results of “{title}” once the grant ends.',
  ],
];

const COUNTRY_STORIES: readonly (readonly [title: string, summary: string])[] = [
  [
    '{place} hosts a national consultation on migration governance',
    'Ministries, civil society and international partners discussed priorities for a whole-of-government approach to migration.',
  ],
  [
    'World Day against Trafficking in Persons marked in {place}',
    'Events across the country raised awareness of the risks of deceptive recruitment and of the help available to victims.',
  ],
  [
    'Migration data workshop held in {place}',
    'Statisticians and policy makers discussed how to collect, share and use migration data for planning.',
  ],
];

function isGeneratedType(type: string): type is GeneratedType {
  return type !== 'other' && projectTypes.has(type);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function projectStory(rng: Random, project: Project, asOfDay: number): Omit<NewsItem, 'id'> {
  const [title, summary] = pick(rng, PROJECT_STORIES);
  const place =
    project.coverage === 'national' && project.countries[0]
      ? proseCountryName(project.countries[0], 'en')
      : proseRegionName(project.region, 'en');
  const topic = isGeneratedType(project.type) ? TOPICS[project.type] : 'migration';
  const from = Math.min(firstDay(project.startDate), asOfDay);
  const to = Math.min(project.endDate ? lastDay(project.endDate) : asOfDay, asOfDay);
  return {
    date: dayToIso(randomInt(rng, from, Math.max(from, to))),
    title: capitalise(title.replace('{topic}', topic).replace('{place}', place)),
    summary: summary.replace('{title}', project.title),
    countries: project.countries.slice(0, 6),
    projectIds: [project.id],
  };
}

const ALL_COUNTRIES = Object.values(COUNTRIES_BY_REGION).flat();

function countryStory(rng: Random, asOfDay: number): Omit<NewsItem, 'id'> {
  const [title, summary] = pick(rng, COUNTRY_STORIES);
  const code = pick(rng, ALL_COUNTRIES);
  const earliest = firstDay('2008');
  return {
    date: dayToIso(randomInt(rng, earliest, asOfDay)),
    title: capitalise(title.replace('{place}', proseCountryName(code, 'en'))),
    summary,
    countries: [code],
    projectIds: [],
  };
}

function newestFirst(a: NewsItem, b: NewsItem): number {
  return lastDay(b.date) - lastDay(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * About `count` news items, newest first: the stories from the seeds and about RR.0083, then
 * stories about random projects (dated within their span) and a few about countries alone.
 */
export function generateNews(
  rng: Random,
  projects: Pick<ProjectStore, 'length' | 'at'>,
  count: number,
  asOf: string,
): NewsItem[] {
  const asOfDay = lastDay(asOf);
  const drafts = FIXED_NEWS.slice(0, count);
  while (drafts.length < count) {
    const project =
      projects.length > 0 && rng() < 0.8
        ? projects.at(Math.floor(rng() * projects.length))
        : undefined;
    drafts.push(project ? projectStory(rng, project, asOfDay) : countryStory(rng, asOfDay));
  }
  const items = drafts.map((draft, i) => ({ id: `N-${String(i + 1).padStart(4, '0')}`, ...draft }));
  return items.sort(newestFirst);
}
