// The compiled build's imports get the suffix Node's ES modules need, from the files that exist, in
// every form tsc prints; anything else is left as written.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeSpecifiers } from '../../../scripts/build/complete-specifiers.mjs';

let dist: string;
beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'complete-specifiers-'));
  await mkdir(join(dist, 'search'));
  await mkdir(join(dist, 'web'));
  for (const file of ['search/archive.js', 'search/index.js', 'web/app.js', 'web/side-effect.js']) await writeFile(join(dist, file), '');
});
afterEach(() => rm(dist, { recursive: true, force: true }));

describe('completeSpecifiers', () => {
  it.each([
    ["import { createArchive } from '../search/archive';", "import { createArchive } from '../search/archive.js';"],
    ['export * from "../search/archive";', 'export * from "../search/archive.js";'],
    ["import { search } from '../search';", "import { search } from '../search/index.js';"],
    ["import './side-effect';", "import './side-effect.js';"],
    ["const { startServer } = await import('./app');", "const { startServer } = await import('./app.js');"],
    ["import express from 'express';", "import express from 'express';"],
    ["import data from '../search/archive.js';", "import data from '../search/archive.js';"],
    ["import { gone } from './missing';", "import { gone } from './missing';"],
  ])('%s', async (line, expected) => {
    const file = join(dist, 'web/start.js');
    await writeFile(file, `${line}\n`);
    completeSpecifiers(dist);
    expect((await readFile(file, 'utf8')).trim()).toBe(expected);
  });
});
