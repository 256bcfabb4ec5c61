import { z } from 'zod';
import {
  DEFAULT_NEWS_LIMIT,
  MAX_COLUMN_PAGE_SIZE,
  MAX_NEWS_LIMIT,
  MAX_PAGE_SIZE,
  PAGE_FORMATS,
} from '@/domain/api/query';
import { projectColumnsPageSchema } from '@/domain/project-columns';
import {
  apiErrorSchema,
  metaSchema,
  newsListSchema,
  projectPageSchema,
  projectSchema,
  projectSummarySchema,
} from '@/domain/project';

/*
 * The API contract (DESIGN §4) as an OpenAPI 3.1 document, generated from the zod schemas the
 * client validates responses with, so the two cannot say different things. OpenAPI 3.1 uses
 * JSON Schema 2020-12, which is what z.toJSONSchema writes.
 */

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  projectCount: z.number().int().nonnegative(),
});

const COMPONENTS = {
  ProjectSummary: projectSummarySchema,
  Project: projectSchema,
  ProjectPage: projectPageSchema,
  ProjectColumnsPage: projectColumnsPageSchema,
  Meta: metaSchema,
  NewsList: newsListSchema,
  Error: apiErrorSchema,
  Health: healthSchema,
} as const;

function schemaOf(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  delete json.$schema;
  return json as Record<string, unknown>;
}

const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof COMPONENTS, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const error = (description: string) => json('Error', description);
const query = (name: string, description: string, schema: z.ZodType) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: schemaOf(schema),
});
const cached = {
  '304': { description: 'Not modified: the ETag or date sent still matches the portfolio.' },
};

/** The whole document; `serverUrl` is where the API is mounted (default /api). */
export function openApiDocument(serverUrl = '/api'): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Portfolio dashboard API',
      version: '1.0.0',
      description:
        'The project portfolio the dashboard reads: its meta, its projects page by page (as rows or columns), one project with its description, and news. Every error is JSON { error, message }.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/health': {
        get: {
          summary: 'Whether the service and its database answer',
          responses: { '200': json('Health', 'Up'), '503': error('The database does not answer') },
        },
      },
      '/meta': {
        get: {
          summary: 'The data date, source, currency and number of projects',
          responses: { '200': json('Meta', 'The portfolio as a whole'), ...cached },
        },
      },
      '/projects': {
        get: {
          summary: 'One page of project summaries (every field but the description), in order',
          parameters: [
            query('offset', 'Position of the first project (from 0)', z.int().min(0).default(0)),
            query(
              'limit',
              `Projects per page; capped to ${MAX_PAGE_SIZE} (rows) or ${MAX_COLUMN_PAGE_SIZE} (columns)`,
              z.int().min(1),
            ),
            query(
              'format',
              'rows: one object per project (items); columns: one array per field',
              z.enum(PAGE_FORMATS).default('rows'),
            ),
          ],
          responses: {
            '200': {
              description: 'A page; past the end, an empty page with the total',
              content: {
                'application/json': {
                  schema: { oneOf: [ref('ProjectPage'), ref('ProjectColumnsPage')] },
                },
              },
            },
            ...cached,
            '400': error('A parameter is not valid; the message names it'),
          },
        },
      },
      '/projects/{id}': {
        get: {
          summary: 'One project with its description',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: schemaOf(z.string().min(1)) },
          ],
          responses: {
            '200': json('Project', 'The project'),
            ...cached,
            '404': error('No project has this id'),
          },
        },
      },
      '/news': {
        get: {
          summary: 'News, newest first; values within a parameter are OR-ed, parameters AND-ed',
          parameters: [
            query('country', 'Country codes, comma-separated (any case)', z.string()),
            query('project', 'Project ids, comma-separated', z.string()),
            query(
              'limit',
              `Items (default ${DEFAULT_NEWS_LIMIT}, at most ${MAX_NEWS_LIMIT})`,
              z.int().min(1).default(DEFAULT_NEWS_LIMIT),
            ),
          ],
          responses: {
            '200': json('NewsList', 'The news selected'),
            ...cached,
            '400': error('A parameter is not valid; the message names it'),
          },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(COMPONENTS).map(([name, schema]) => [name, schemaOf(schema)]),
      ),
    },
  };
}
