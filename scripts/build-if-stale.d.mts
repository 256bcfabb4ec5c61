/**
 * Builds into `outDir` with the given VITE_* settings when the sources changed since its last
 * build or the settings differ; returns the exit status (0 when nothing needed doing).
 */
export function buildIfStale(outDir: string, settings?: Record<string, string>): number;
