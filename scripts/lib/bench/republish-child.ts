// Child process of the hot-reload measure (hot-reload.ts): prepares a copy of the index that differs
// only by its build date, says « prepared », and publishes it as a new generation when a line arrives
// on stdin, then prints its build date. In its own process so that neither the parse (seconds at
// 1000×) nor the write stalls the load generator's clocks: that stall used to show as the run's maximum.
import { readFile } from 'node:fs/promises';
import { readIndexManifest } from '../../../src/search';
import { parseIndex, serializeIndex } from '../../../src/search/index-file';
import { writeIndexGeneration } from '../../../src/search/index-writer';

const [indexFile, corpusDir] = process.argv.slice(2);
if (indexFile === undefined || corpusDir === undefined) throw new Error('usage: republish-child.ts <index file> <corpus dir>');
const manifest = await readIndexManifest(indexFile);
const current = manifest.ok ? manifest.generationFile : indexFile;
const data = parseIndex(await readFile(current), current);
data.builtAt = new Date().toISOString();
const content = serializeIndex(data);
process.stdout.write('prepared\n');
process.stdin.once('data', () => {
  void writeIndexGeneration(indexFile, data, content, { corpusDir }).then(() => {
    process.stdout.write(`published ${data.builtAt}\n`);
    process.exit(0);
  });
});
