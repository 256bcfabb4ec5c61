import { createEngine, type Engine } from '@/domain/engine/engine';
import type { ProjectSummary } from '@/domain/project';
import { createEngineClient, type EngineClient } from '@/lib/engine-client';

/*
 * One engine per portfolio, shared by every screen. Each screen mounts its own explore provider;
 * building the engine per mount made switching screens cost time in proportion to the number of
 * projects (at 100,000, the whole portfolio was sent again to a new Worker on every switch).
 */

const engines = new WeakMap<readonly ProjectSummary[], Engine>();

/** The in-thread engine of a portfolio, built on first use. */
export function engineFor(projects: readonly ProjectSummary[]): Engine {
  let engine = engines.get(projects);
  if (!engine) {
    engine = createEngine(projects);
    engines.set(projects, engine);
  }
  return engine;
}

type ClientFactory = (projects: readonly ProjectSummary[]) => EngineClient;
const workerClient: ClientFactory = (projects) => createEngineClient(projects, { useWorker: true });

let current: { projects: readonly ProjectSummary[]; client: EngineClient } | undefined;

/**
 * The Worker-backed engine client of a portfolio. Only the latest portfolio keeps one: asking for
 * another portfolio's client ends the previous Worker, so a refetch or an import frees its memory.
 */
export function engineClientFor(
  projects: readonly ProjectSummary[],
  create: ClientFactory = workerClient,
): EngineClient {
  if (current?.projects !== projects) {
    current?.client.dispose();
    current = { projects, client: create(projects) };
  }
  return current.client;
}
