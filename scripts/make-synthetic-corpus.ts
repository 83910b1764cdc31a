// Builds a synthetic corpus N times the size of the real one, for benchmarks and load tests.
//   tsx scripts/make-synthetic-corpus.ts --factor 10 --out data/bench/corpus-10x [--seed 2020] [--corpus corpus]
import { writeSyntheticCorpus } from './lib/bench/synthetic-files';
import { readCommandLine, usageError } from './lib/command-line';

const USAGE = `Usage : tsx scripts/make-synthetic-corpus.ts --out DOSSIER [--factor 10] [--seed 2020] [--corpus corpus]

Écrit un corpus synthétique N fois plus grand que le vrai (ses sections mélangées en N rapports
d’années, de titres et d’organisations variés), pour les mesures et les tests de charge.
  --out DOSSIER     dossier à écrire (obligatoire)
  --factor N        taille par rapport au corpus réel (défaut : 10)
  --seed N          graine du mélange (défaut : 2020)
  --corpus DOSSIER  corpus réel de départ (défaut : corpus)
  --help            affiche cette aide`;

const { values } = readCommandLine(USAGE, {
  factor: { type: 'string', default: '10' },
  out: { type: 'string' },
  seed: { type: 'string', default: '2020' },
  corpus: { type: 'string', default: 'corpus' },
});

const factor = Number(values.factor);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(factor) || factor < 1 || !Number.isInteger(seed)) {
  usageError(USAGE, 'Il faut --out DOSSIER, et des entiers pour --factor (≥ 1) et --seed.');
}

try {
  const written = writeSyntheticCorpus(values.corpus, values.out, { factor, seed });
  const megabytes = (written.bytes / 1e6).toFixed(1);
  console.log(`${written.files} rapports synthétiques (${megabytes} Mo) écrits dans ${written.dir}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
