// Whether the primary may lower a loading worker's priority: only when it can give it back.
import { describe, expect, it } from 'vitest';
import { canRestorePriority } from '../../../scripts/lib/serve/loading-priority';

const status = (capEff: string) => `Name:\tnode\nCapInh:\t0000000000000000\nCapPrm:\t${capEff}\nCapEff:\t${capEff}\n`;
const limits = (soft: string) =>
  'Limit                     Soft Limit           Hard Limit           Units     \n' +
  'Max open files            1048576              1048576              files     \n' +
  `Max nice priority         ${soft}                    ${soft}                    \n`;

describe('canRestorePriority', () => {
  it.each([
    ['root in a container (every capability)', status('000001ffffffffff'), limits('0'), 0, true],
    ['CAP_SYS_NICE alone (bit 23)', status('0000000000800000'), limits('0'), 0, true],
    ['an ordinary user', status('0000000000000000'), limits('0'), 0, false],
    ['every capability but CAP_SYS_NICE', status('000001ffff7fffff'), limits('0'), 0, false],
    ['systemd LimitNICE=20 (down to nice 0)', status('0000000000000000'), limits('20'), 0, true],
    ['RLIMIT_NICE 15 reaches nice 5 only, not 0', status('0000000000000000'), limits('15'), 0, false],
    ['RLIMIT_NICE 15 reaches nice 5: a primary started at nice 5', status('0000000000000000'), limits('15'), 5, true],
    ['unlimited RLIMIT_NICE', status('0000000000000000'), limits('unlimited'), 0, true],
    ['no /proc (not Linux)', undefined, undefined, 0, false],
  ])('%s', (_case, statusText, limitsText, nice, expected) => {
    expect(canRestorePriority({ status: statusText, limits: limitsText, nice })).toBe(expected);
  });
});
