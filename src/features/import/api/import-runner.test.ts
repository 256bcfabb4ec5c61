// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { handleImportRequest, type ImportRequest, type ImportResponse } from '../import.worker';
import { createImportRunner, type ImportWorker } from './import-runner';

const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV = 'id,title,startDate,status,budgetUsd,countries\nRR.1,One,2019,completed,1000,CN\n';
const job = { name: 'p.csv', bytes: utf8(CSV), lang: 'en' as const };

/** A stand-in Worker that answers like the real one, one task later, unless told to fail. */
class FakeWorker implements ImportWorker {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly fails = false) {}
  postMessage(request: ImportRequest) {
    setTimeout(async () => {
      if (this.terminated) return;
      if (this.fails) return this.onerror?.(new ErrorEvent('error', { message: 'could not load' }));
      const send = (data: ImportResponse) =>
        this.onmessage?.({ data } as MessageEvent<ImportResponse>);
      send({ kind: 'parsing', id: request.id });
      send(await handleImportRequest(structuredClone(request)));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('import runner', () => {
  it('parses in the worker, saying when parsing starts', async () => {
    const worker = new FakeWorker();
    const runner = createImportRunner(() => worker);
    const onParsing = vi.fn();
    const answer = await runner.run(job, onParsing);
    expect(onParsing).toHaveBeenCalledOnce();
    expect(
      answer && 'outcome' in answer && answer.outcome.ok && answer.outcome.totals.accepted,
    ).toBe(1);
  });

  it('lets the newest run answer and stops the worker busy with an older one', async () => {
    const workers: FakeWorker[] = [];
    const runner = createImportRunner(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const older = runner.run(job);
    const newer = runner.run({ ...job, name: 'other.csv' });
    expect(await older).toBeUndefined();
    expect(workers[0]!.terminated).toBe(true);
    const answer = await newer;
    expect(answer && 'outcome' in answer && answer.outcome.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('falls back to this thread when the worker fails to start', async () => {
    const worker = new FakeWorker(true);
    const runner = createImportRunner(() => worker);
    const answer = await runner.run(job);
    expect(worker.terminated).toBe(true);
    expect(
      answer && 'outcome' in answer && answer.outcome.ok && answer.outcome.projects[0]?.id,
    ).toBe('RR.1');
  });

  it('runs in this thread where there is no Worker', async () => {
    expect(typeof Worker).toBe('undefined'); // jsdom
    const onParsing = vi.fn();
    const answer = await createImportRunner().run(job, onParsing);
    expect(onParsing).toHaveBeenCalledOnce();
    expect(answer && 'outcome' in answer && answer.outcome.ok).toBe(true);
  });
});
