// Builds a synthetic corpus N times the size of the real one, for benchmarks and load tests.
//   tsx scripts/make-synthetic-corpus.ts --factor 10 --out data/bench/corpus-10x [--seed 2020] [--corpus corpus]
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from './lib/bench/synthetic-files';

const { values } = parseArgs({
  options: {
    factor: { type: 'string', default: '10' },
    out: { type: 'string' },
    seed: { type: 'string', default: '2020' },
    corpus: { type: 'string', default: 'corpus' },
  },
});

const factor = Number(values.factor);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(factor) || factor < 1 || !Number.isInteger(seed)) {
  console.error('Usage : tsx scripts/make-synthetic-corpus.ts --factor N --out DOSSIER [--seed S] [--corpus corpus]');
  process.exit(2);
}

try {
  const written = writeSyntheticCorpus(values.corpus, values.out, { factor, seed });
  const megabytes = (written.bytes / 1e6).toFixed(1);
  console.log(`${written.files} rapports synthétiques (${megabytes} Mo) écrits dans ${written.dir}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
