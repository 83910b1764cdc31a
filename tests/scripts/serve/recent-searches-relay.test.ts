// The primary passes a serving worker's recent searches to a starting one, and never keeps it waiting.
import type { Worker } from 'node:cluster';
import { describe, expect, it } from 'vitest';
import type { PrimaryMessage } from '../../../scripts/lib/serve/messages';
import { createRecentSearchesRelay } from '../../../scripts/lib/serve/recent-searches-relay';

/** A stand-in worker recording what the primary sends it. */
function standIn(): { worker: Worker; received: PrimaryMessage[] } {
  const received: PrimaryMessage[] = [];
  const worker = {
    isConnected: () => true,
    send(message: PrimaryMessage, _handle: unknown, _options: unknown, done?: (error: Error | null) => void) {
      received.push(message);
      done?.(null);
      return true;
    },
  } as unknown as Worker;
  return { worker, received };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('recent searches relay', () => {
  it('asks a serving worker and hands its answer to the worker that asked', async () => {
    const relay = createRecentSearchesRelay();
    const [starting, serving] = [standIn(), standIn()];
    relay.wanted(starting.worker, { type: 'recent-searches?', id: 1 }, [starting.worker, serving.worker]);
    const [question] = serving.received;
    expect(question).toMatchObject({ type: 'recent-searches?' });
    relay.answered({ type: 'recent-searches', id: (question as { id: number }).id, paths: ['/api/search?q=CCUE'] });
    await settle();
    expect(starting.received).toEqual([{ type: 'recent-searches', id: 1, paths: ['/api/search?q=CCUE'] }]);
  });

  it('answers at once with nothing when no other worker serves', async () => {
    const relay = createRecentSearchesRelay();
    const starting = standIn();
    relay.wanted(starting.worker, { type: 'recent-searches?', id: 7 }, [starting.worker]);
    await settle();
    expect(starting.received).toEqual([{ type: 'recent-searches', id: 7, paths: [] }]);
  });

  it('answers with nothing after a second when the serving worker stays silent', async () => {
    const relay = createRecentSearchesRelay();
    const [starting, silent] = [standIn(), standIn()];
    relay.wanted(starting.worker, { type: 'recent-searches?', id: 2 }, [silent.worker]);
    await settle();
    expect(starting.received).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(starting.received).toEqual([{ type: 'recent-searches', id: 2, paths: [] }]);
  });
});
