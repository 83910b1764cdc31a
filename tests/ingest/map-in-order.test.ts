import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/ingest/map-in-order';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
  it.each([1, 2, 3, 10])('keeps at most %i calls in flight and reports results in the items’ order', async (concurrency) => {
    const delays = [30, 5, 20, 1, 10, 0];
    let inFlight = 0;
    let peak = 0;
    const reported: number[] = [];
    const results = await mapInOrder(
      delays,
      concurrency,
      async (delay, index) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await sleep(delay);
        inFlight -= 1;
        return index * 10;
      },
      (result) => reported.push(result),
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(reported).toEqual([0, 10, 20, 30, 40, 50]);
    expect(peak).toBe(Math.min(concurrency, delays.length));
  });

  it('returns an empty list for no items', async () => {
    expect(await mapInOrder([], 4, async () => 1)).toEqual([]);
  });
});
