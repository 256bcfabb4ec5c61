// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { perfMark, perfMarkPainted, perfMarksEnabled } from './perf-marks';

const marks = (name: string) => performance.getEntriesByName(name, 'mark') as PerformanceMark[];
const nextFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

afterEach(() => {
  delete window.__perfMarks;
  performance.clearMarks();
});

describe('perf marks', () => {
  it('record nothing unless the page asks for them', async () => {
    expect(perfMarksEnabled()).toBe(false);
    perfMark('x');
    perfMarkPainted('y');
    await nextFrames();
    expect(performance.getEntriesByType('mark')).toEqual([]);
  });

  it('record a mark and, two frames later, its painted twin with the same detail', async () => {
    window.__perfMarks = true;
    perfMarkPainted('view', { path: '/', rows: 3 });
    expect(marks('view').map((m) => m.detail as unknown)).toEqual([{ path: '/', rows: 3 }]);
    expect(marks('view:painted')).toEqual([]);
    await nextFrames();
    expect(marks('view:painted').map((m) => m.detail as unknown)).toEqual([{ path: '/', rows: 3 }]);
  });
});
