import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { createEngine } from '@/domain/engine/engine';
import type { ProjectSummary } from '@/domain/project';
import type { Portfolio } from '@/lib/api/projects';
import type { ComputedView, EngineClient, ViewRequest } from '@/lib/engine-client';

/** A loaded portfolio of `count` generated projects. */
export function generatedPortfolio(count: number, seed: number): Portfolio {
  const generated = generatePortfolio({ count, seed });
  return {
    meta: generated.meta,
    projects: generated.projects,
    rejected: [],
    total: generated.projects.length,
  };
}

/**
 * A Worker-like engine session whose answers the test releases one at a time (`answer`), each
 * computed with the parts its request names; `waiting` holds the requests not yet answered and
 * `computed()` counts the views computed.
 */
export function heldSession(projects: readonly ProjectSummary[]) {
  const engine = createEngine(projects);
  const waiting: { request: ViewRequest; resolve: (view: ComputedView) => void }[] = [];
  let computed = 0;
  const unused = () => Promise.reject(new Error('Not used here'));
  const client: EngineClient = {
    computeNow: undefined,
    heldNow: undefined,
    inWorker: true,
    timelineNow: undefined,
    timeline: unused,
    projectsHere: undefined,
    projects: unused,
    exportCsv: unused,
    compute: (request) => new Promise((resolve) => waiting.push({ request, resolve })),
    dispose: () => undefined,
  };
  const answer = () => {
    const next = waiting.shift();
    if (!next) throw new Error('No request is waiting for an answer');
    const { filters, sort, lang, parts } = next.request;
    computed += 1;
    next.resolve({
      view: engine.compute(filters, sort, lang, parts),
      request: next.request,
      held: engine.held(),
    });
  };
  return { client, answer, waiting, computed: () => computed };
}
