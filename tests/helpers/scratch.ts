// Temporary copies of the real corpus, for tests that change files under a running index or server.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REAL_CORPUS_DIR } from './corpus';

export interface Scratch {
  dir: string;
  /** A copy of the real corpus. */
  corpusDir: string;
  indexFile: string;
  remove(): Promise<void>;
}

export async function makeScratch(prefix: string): Promise<Scratch> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const corpusDir = join(dir, 'corpus');
  await cp(REAL_CORPUS_DIR, corpusDir, { recursive: true });
  return { dir, corpusDir, indexFile: join(dir, 'index.json'), remove: () => rm(dir, { recursive: true, force: true }) };
}
