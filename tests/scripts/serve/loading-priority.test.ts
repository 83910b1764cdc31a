// Whether the primary may lower a loading worker's priority: only when it can give it back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canRestorePriority, loadingNice, lowerWhileLoading, type ProcessPriority } from '../../../scripts/lib/serve/loading-priority';

const status = (capEff: string) => `Name:\tnode\nCapInh:\t0000000000000000\nCapPrm:\t${capEff}\nCapEff:\t${capEff}\n`;
const limits = (soft: string) =>
  'Limit                     Soft Limit           Hard Limit           Units     \n' +
  'Max open files            1048576              1048576              files     \n' +
  `Max nice priority         ${soft}                    ${soft}                    \n`;

const HOST = '         0          0 4294967295\n';
const CONTAINER = '         0     100000      65536\n';

describe('canRestorePriority', () => {
  it.each([
    ['root (every capability)', status('000001ffffffffff'), limits('0'), HOST, 0, true],
    ['CAP_SYS_NICE alone (bit 23)', status('0000000000800000'), limits('0'), HOST, 0, true],
    ['root in a user namespace: CAP_SYS_NICE there does not count', status('000001ffffffffff'), limits('0'), CONTAINER, 0, false],
    ['an ordinary user', status('0000000000000000'), limits('0'), HOST, 0, false],
    ['every capability but CAP_SYS_NICE', status('000001ffff7fffff'), limits('0'), HOST, 0, false],
    ['systemd LimitNICE=+0 (RLIMIT_NICE 20: down to nice 0)', status('0000000000000000'), limits('20'), HOST, 0, true],
    ['RLIMIT_NICE in a user namespace still counts', status('0000000000000000'), limits('20'), CONTAINER, 0, true],
    ['RLIMIT_NICE 15 reaches nice 5 only, not 0', status('0000000000000000'), limits('15'), HOST, 0, false],
    ['RLIMIT_NICE 15 reaches nice 5: a primary started at nice 5', status('0000000000000000'), limits('15'), HOST, 5, true],
    ['unlimited RLIMIT_NICE', status('0000000000000000'), limits('unlimited'), HOST, 0, true],
    ['no /proc (not Linux)', undefined, undefined, undefined, 0, false],
  ])('%s', (_case, statusText, limitsText, uidMap, nice, expected) => {
    expect(canRestorePriority({ status: statusText, limits: limitsText, uidMap, nice })).toBe(expected);
  });
});

describe('loadingNice', () => {
  it.each([
    [0, 10],
    [5, 15],
    [12, 19],
  ])('a primary at nice %i loads new workers at nice %i', (base, expected) => {
    expect(loadingNice(base)).toBe(expected);
  });
});

describe('lowerWhileLoading', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A stand-in for the kernel: the calls made, in order. */
  function recorder(options: { allowed?: boolean; restoreFails?: boolean } = {}) {
    const calls: string[] = [];
    const priority: ProcessPriority = {
      lower: (pid) => {
        calls.push(`lower ${pid}`);
        return options.allowed ?? true;
      },
      restore: (pid) => {
        calls.push(`restore ${pid}`);
        return options.restoreFails ? 'operation not permitted' : undefined;
      },
    };
    const errors: string[] = [];
    return { calls, priority, errors, logError: (line: string) => errors.push(line) };
  }

  it('gives the priority back once the process serves, once', () => {
    const { calls, priority, errors, logError } = recorder();
    const loading = lowerWhileLoading(priority, 42, 10_000, logError);
    vi.advanceTimersByTime(4_000);
    loading.restore();
    vi.advanceTimersByTime(20_000);
    expect(calls).toEqual(['lower 42', 'restore 42']);
    expect(errors).toEqual([]);
  });

  it('gives it back after the grace period when the load is still running (a machine saturated by searches)', () => {
    const { calls, priority, logError } = recorder();
    const loading = lowerWhileLoading(priority, 42, 10_000, logError);
    vi.advanceTimersByTime(9_999);
    expect(calls).toEqual(['lower 42']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['lower 42', 'restore 42']);
    loading.restore();
    expect(calls).toEqual(['lower 42', 'restore 42']);
  });

  it('does nothing more for a process that died while loading', () => {
    const { calls, priority, logError } = recorder();
    lowerWhileLoading(priority, 42, 10_000, logError).forget();
    vi.advanceTimersByTime(20_000);
    expect(calls).toEqual(['lower 42']);
  });

  it('never restores what it could not lower', () => {
    const { calls, priority, logError } = recorder({ allowed: false });
    lowerWhileLoading(priority, 42, 10_000, logError).restore();
    expect(calls).toEqual(['lower 42']);
  });

  it('logs in French when the priority could not be given back', () => {
    const { priority, errors, logError } = recorder({ restoreFails: true });
    lowerWhileLoading(priority, 42, 10_000, logError).restore();
    expect(errors).toEqual(['Priorité du nouveau processus non rétablie (operation not permitted) : il sert, un peu moins vite.']);
  });
});
