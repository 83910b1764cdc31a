// Completes the relative import specifiers of the compiled build (dist/). The sources import
// `./archive`, not `./archive.js` (bundler resolution, shared by tsc, tsx and vitest), tsc emits
// specifiers as written, and Node's ESM loader does not complete them. A resolve hook did, at run
// time: it ran on a loader thread of its own and cost each server process about 250 ms of its start
// (every import a round trip to that thread). Done once here instead, after tsc, from the files on disk.
// Plain JavaScript: it runs before anything is compiled.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `from './x'`, `import './x'`, `import('./x')` and `export … from './x'`, as tsc prints them. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"\n]*)\2/g;
const HAS_EXTENSION = /\.(m|c)?js$|\.json$/;

function compiledFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return compiledFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The specifier with the suffix that names an existing file, or as written when none does. */
function completed(specifier, fromDir) {
  if (HAS_EXTENSION.test(specifier)) return specifier;
  for (const suffix of ['.js', '/index.js']) {
    const target = resolve(fromDir, specifier + suffix);
    if (existsSync(target) && statSync(target).isFile()) return specifier + suffix;
  }
  return specifier;
}

/** Rewrites every compiled file under `distDir` in place; returns how many specifiers it completed. */
export function completeSpecifiers(distDir) {
  let count = 0;
  for (const file of compiledFiles(distDir)) {
    const source = readFileSync(file, 'utf8');
    const rewritten = source.replace(SPECIFIER, (whole, keyword, quote, specifier) => {
      const full = completed(specifier, dirname(file));
      if (full === specifier) return whole;
      count++;
      return `${keyword}${quote}${full}${quote}`;
    });
    if (rewritten !== source) writeFileSync(file, rewritten);
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  completeSpecifiers(process.argv[2] ?? join(import.meta.dirname, '../../dist'));
}
