// Every script answers --help with a short French usage (exit 0) and refuses what it does not know
// with the reason and the usage (exit 2): an operator never sees a stack trace.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../faults/processes';

const SCRIPTS = readdirSync(`${ROOT}/scripts`).filter((name) => name.endsWith('.ts')).sort();

describe('command lines of scripts/', { timeout: 60_000 }, () => {
  it('covers every script of the folder', () => {
    expect(SCRIPTS).toEqual(expect.arrayContaining(['bench.ts', 'eval.ts', 'load.ts', 'reindex.ts', 'start.ts']));
  });

  describe.each(SCRIPTS)('%s', (script) => {
    it('prints its French usage on --help, exit 0', async () => {
      const { code, stdout, stderr } = await runScript(`scripts/${script}`, ['--help']).finished;
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage : /);
      expect(stdout).toMatch(/--help +affiche cette aide/);
      expect(stderr).toBe('');
    });

    it('refuses an unknown option with the reason and the usage, exit 2, no stack trace', async () => {
      const { code, stdout, stderr } = await runScript(`scripts/${script}`, ['--no-such-option']).finished;
      expect(code).toBe(2);
      expect(stderr).toMatch(/^Option inconnue : --no-such-option\.\n\nUsage : /);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
    });
  });
});
