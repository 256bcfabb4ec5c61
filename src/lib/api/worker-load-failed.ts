/**
 * The engine's Worker stopped (it crashed, or could not start) while loading a portfolio too
 * large to load on the page instead (above IN_THREAD_LIMIT, src/lib/api/projects.ts).
 */
export class WorkerLoadFailed extends Error {
  readonly projectCount: number;

  constructor(projectCount: number) {
    super(`The background worker stopped while loading ${projectCount} projects`);
    this.name = 'WorkerLoadFailed';
    this.projectCount = projectCount;
  }
}
