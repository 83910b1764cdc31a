// A new index is warmed before it serves, without holding the event loop and without changing answers.
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/search/archive';
import { buildIndexData } from '../../src/search/index-data';
import { warmUp } from '../../src/search/warm-up';
import { loadRealReports } from '../helpers/corpus';

describe('warmUp', { timeout: 120_000 }, () => {
  it('runs every step of a small archive, yields to the event loop, and changes no answer', async () => {
    const data = buildIndexData(await loadRealReports(), new Date('2026-01-01'));
    const cold = createArchive(data);
    const warm = createArchive(data);
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    const steps = await warmUp(warm, { cpuMs: Number.POSITIVE_INFINITY, sliceMs: 0 });
    expect(timerFired).toBe(true);
    // A few searches, then every section (the real archive is far below the section-words capacity).
    expect(steps).toBeGreaterThan(data.sections.length);
    expect(steps).toBeLessThan(data.sections.length + 20);
    for (const q of ['CCUE', '"prime covid"', 'négo', 'Laforcde']) {
      expect(await warm.search({ q })).toEqual(await cold.search({ q }));
    }
  });

  it('stops when its budget is spent', async () => {
    const archive = createArchive(buildIndexData(await loadRealReports(), new Date('2026-01-01')));
    expect(await warmUp(archive, { cpuMs: 0, sliceMs: 0 })).toBe(1);
  });
});
