import type { NewsItem } from '@/domain/project';
import { REAL_PROJECT_ID } from './real-record';

type FixedNews = Omit<NewsItem, 'id'>;

/*
 * News drawn from the seed releases (facts only, our own wording) and about RR.0083. The seed
 * releases carry no date: their years are estimated from the events and people they mention.
 */
export const FIXED_NEWS: readonly FixedNews[] = [
  {
    date: '2019-09-12',
    title: 'China and IOM start preparing an assisted voluntary return programme',
    summary:
      'A new IOM Development Fund project will help China’s National Immigration Administration design a return and ' +
      'reintegration programme on solid evidence, starting with an analysis of irregular migration trends in the country.',
    countries: ['CN'],
    projectIds: [REAL_PROJECT_ID],
  },
  {
    date: '2021-06-17',
    title: 'Study estimates who a future return programme in China would serve',
    summary:
      'Baseline findings on the expected number and profile of migrants eligible for voluntary return were presented ' +
      'to national and provincial immigration officials, opening the discussion on the model best suited to China.',
    countries: ['CN'],
    projectIds: [REAL_PROJECT_ID],
  },
  {
    date: '2023-11-08',
    title: 'Draft return and reintegration model for China shared with authorities',
    summary:
      'Standard operating procedures and a process map for assisted voluntary return, first tried in Guangdong ' +
      'province, were handed over to the National Immigration Administration as the pre-feasibility project closed.',
    countries: ['CN'],
    projectIds: [REAL_PROJECT_ID],
  },
  {
    date: '2016',
    title: 'Chinese officials visit Europe to share counter-trafficking experience',
    summary:
      'Senior officials from China’s public security and foreign affairs ministries spent nine days in Austria, France ' +
      'and Bulgaria to improve information sharing for joint investigations into human trafficking and to learn how ' +
      'European partners identify and assist victims.',
    countries: ['CN', 'AT', 'FR', 'BG'],
    projectIds: [],
  },
  {
    date: '2016',
    title: 'EU and Chinese officials discuss cooperation on return and readmission',
    summary:
      'A two-day workshop in Beijing, held under an EU-funded dialogue on migration and mobility, looked at practical ' +
      'ways to return irregular migrants in dignity and help them reintegrate, a growing concern now that China is ' +
      'also a country of destination.',
    countries: ['CN'],
    projectIds: [],
  },
  {
    date: '2010',
    title: 'Second phase of migration management capacity building starts in China',
    summary:
      'IOM and China’s Ministry of Foreign Affairs launched in Beijing a three-year second phase, run with the ILO and ' +
      'funded mainly by the European Union. The first phase, from 2007 to 2010, trained some 400 senior officials and ' +
      'reached about 1.5 million prospective migrants with information on the risks of irregular migration.',
    countries: ['CN'],
    projectIds: [],
  },
  {
    date: '2009',
    title: 'IOM and the Organization of American States agree to work more closely',
    summary:
      'The heads of IOM and the OAS signed an agreement to cooperate on labour migration, counter-trafficking and the ' +
      'human rights of migrants across the Americas, through joint workshops, studies and projects and a shared ' +
      'follow-up of the Summit of the Americas.',
    countries: [],
    projectIds: [],
  },
];
