import { existsSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Database } from '../db';
import type { IngestArgs } from './args';
import { runIngest, type IngestOutput } from './run';

/*
 * PGlite is one process's database: while `npm start` holds the data folder, no other process may
 * open it. So the server listens on a Unix socket beside the folder (only its owner can use it),
 * and `npm run ingest` hands its command over; the server runs it with the same code, in one
 * transaction, and streams the report back. If the command is stopped, the ingest is rolled back.
 */

/** The socket of the server that holds a PGlite data folder. */
export function ingestSocketPath(dataDir: string): string {
  return `${resolve(dataDir)}.ingest.sock`;
}

/** Serves ingest commands on the socket until the returned function is called. */
export async function serveIngestSocket(db: Database, path: string): Promise<() => Promise<void>> {
  if (existsSync(path)) rmSync(path);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const aborted = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) aborted.abort();
      });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      const output: IngestOutput = {
        out: (text) => res.write(`out:${JSON.stringify(text)}\n`),
        err: (text) => res.write(`err:${JSON.stringify(text)}\n`),
      };
      let args: IngestArgs;
      try {
        args = JSON.parse(Buffer.concat(chunks).toString('utf8')) as IngestArgs;
      } catch {
        res.end(`exit:2\n`);
        return;
      }
      runIngest(db, args, output, aborted.signal).then(
        (code) => res.end(`exit:${code}\n`),
        (error: unknown) => {
          output.err(`The ingest failed: ${(error as Error).message}\n`);
          res.end('exit:1\n');
        },
      );
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(path, done);
  });
  return () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
}

/**
 * Hands the command to the server holding the folder, if one is running: its exit code, or
 * undefined when no server answers (a socket left by a server that crashed is removed).
 */
export async function forwardIngest(
  path: string,
  args: IngestArgs,
  output: IngestOutput,
): Promise<number | undefined> {
  if (!existsSync(path)) return undefined;
  return new Promise((done) => {
    const req = request({ socketPath: path, method: 'POST', path: '/ingest' }, (res) => {
      let pending = '';
      let code = 1;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        pending += chunk;
        let nl: number;
        while ((nl = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, nl);
          pending = pending.slice(nl + 1);
          if (line.startsWith('out:')) output.out(JSON.parse(line.slice(4)) as string);
          else if (line.startsWith('err:')) output.err(JSON.parse(line.slice(4)) as string);
          else if (line.startsWith('exit:')) code = Number(line.slice(5));
        }
      });
      res.on('end', () => done(code));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') {
        rmSync(path, { force: true });
        done(undefined);
      } else {
        output.err(`Cannot reach the running server: ${error.message}\n`);
        done(1);
      }
    });
    req.end(JSON.stringify(args));
  });
}
