// Runs before `npm start` (npm's prestart): compiles src/ and scripts/ to dist/ with tsc when dist/
// is missing or was built from other sources. Staleness is a hash of the sources, the tsconfigs and
// package.json, like the index's freshness: dates lie after a checkout or a restored backup.
// Plain JavaScript, since nothing is compiled yet when it runs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { completeSpecifiers } from './complete-specifiers.mjs';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-hash');
const LOCK = join(ROOT, '.dist-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

function sourcesHash() {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))]
    .concat(['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((name) => join(ROOT, name)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function readStamp() {
  try {
    return readFileSync(STAMP, 'utf8').trim();
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Two `npm start` at once (tests, a supervisor restarting) must not compile over each other. */
function withLock(run) {
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const wanted = sourcesHash();
if (readStamp() !== wanted) {
  // Exit only once the lock is released: exiting inside it left the lock behind, and the next start
  // waited five minutes for it without a word.
  const built = withLock(() => {
    if (readStamp() === wanted) return true; // built by the start we waited for
    console.log('Compilation de l’application (tsc → dist/)…');
    rmSync(DIST, { recursive: true, force: true });
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) return false;
    completeSpecifiers(DIST);
    writeFileSync(STAMP, `${wanted}\n`);
    return true;
  });
  if (!built) {
    console.error('La compilation a échoué (voir ci-dessus) : corrigez l’erreur, ou lancez « npm run typecheck » pour le détail.');
    process.exit(1);
  }
}
