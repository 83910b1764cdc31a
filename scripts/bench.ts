// Benchmark of the whole chain at several corpus scales (synthetic corpora beyond 1×):
//   npm run bench -- [--scales 1,10] [--http-seconds 5] [--connections 16] [--seed 2020]
// Prints a table of medians and writes the full figures as JSON to bench-results/.
// Targets are reported next to the figures, never asserted: timings depend on the machine.
// /api/search is measured twice: with the response cache (as served) and on a second server started
// with SEARCH_CACHE_ENTRIES=0, so the cost of a query nobody asked before stays visible.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchTable } from './lib/bench/bench-report';
import { benchPdfIngest, formatPdfIngest } from './lib/bench/pdf-ingest';
import { benchDatabase } from './lib/bench/postgres-backend';
import { runScale, type ScaleResult } from './lib/bench/scale-run';
import { measureTextIngest } from './lib/bench/text-ingest';
import { readCommandLine, usageError } from './lib/command-line';

const USAGE = `Usage : npm run bench -- [--scales 1,10] [--http-seconds 5] [--connections 16] [--seed 2020] [--backend embedded,postgres]

Mesure toute la chaîne (réindexation, chargement, requêtes en mémoire, démarrage, débit HTTP) à
plusieurs tailles d’archive ; au-delà de 1× le corpus est synthétique (corpus/ mélangé N fois).
  --scales LISTE       tailles mesurées, par exemple 1,10,100,1000 (défaut : 1,10)
  --http-seconds N     durée de chaque charge HTTP en secondes (défaut : 5)
  --connections N      connexions simultanées des mesures avec cache (défaut : 16)
  --seed N             graine du corpus synthétique (défaut : 2020)
  --backend LISTE      embedded, postgres ou les deux (défaut : embedded) ; postgres : la base de
                       DATABASE_URL, sinon une grappe PostgreSQL temporaire, vidée avant chaque
                       réindexation complète
  --help               affiche cette aide

Affiche un tableau et écrit les chiffres complets en JSON dans bench-results/.
Les temps dépendent de la machine et de sa charge : ils sont rapportés, jamais vérifiés.`;

const { values } = readCommandLine(USAGE, {
  scales: { type: 'string', default: '1,10' },
  'http-seconds': { type: 'string', default: '5' },
  connections: { type: 'string', default: '16' },
  seed: { type: 'string', default: '2020' },
  backend: { type: 'string', default: 'embedded' },
});
const backends = (values.backend ?? '').split(',');

const scales = (values.scales ?? '').split(',').map(Number);
const httpSeconds = Number(values['http-seconds']);
const connections = Number(values.connections);
const seed = Number(values.seed);
if (
  scales.some((s) => !Number.isInteger(s) || s < 1) || !(httpSeconds > 0) || !(connections >= 1) || !Number.isInteger(seed) ||
  backends.some((backend) => backend !== 'embedded' && backend !== 'postgres')
) {
  usageError(USAGE, 'Valeur invalide : --scales attend des entiers ≥ 1 séparés par des virgules, --backend embedded et/ou postgres, les autres options des nombres.');
}

const root = resolve(import.meta.dirname, '..');
const workDir = join(root, 'data', 'bench');

async function main(): Promise<void> {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'inconnu',
    memoryBytes: totalmem(),
    node: process.version,
    platform: process.platform,
    loadAverageAtStart: loadavg()[0] ?? 0,
  };
  console.log(`Machine : ${machine.cpus} cœurs (${machine.cpuModel}), ${(machine.memoryBytes / 1e9).toFixed(0)} Go, Node ${machine.node}`);
  if (machine.loadAverageAtStart > 0.5 * machine.cpus) {
    // Other work competing for the cores inflates every tail latency: say so next to the figures.
    console.log(`Attention : charge moyenne ${machine.loadAverageAtStart.toFixed(1)} au départ, les chiffres seront pessimistes.`);
  }
  const results: ScaleResult[] = [];
  for (const backend of backends) {
    const database = backend === 'postgres' ? await benchDatabase(process.env.DATABASE_URL?.trim() || undefined) : undefined;
    try {
      for (const scale of scales) {
        console.log(`— moteur ${backend === 'postgres' ? 'PostgreSQL' : 'embarqué'}, ${scale}× —`);
        results.push(await runScale({ scale, root, workDir, seed, httpSeconds, connections, database, log: (line) => console.log(line) }));
      }
    } finally {
      await database?.close();
    }
  }
  const textIngest = await measureTextIngest();
  console.log(`Ingestion de texte : ${textIngest.megabytesPerSecond.toFixed(2)} Mo/s (${(textIngest.bytes / 1e6).toFixed(1)} Mo sans ponctuation en ${Math.round(textIngest.ms)} ms)`);
  console.log(`\n${benchTable(results)}\n`);
  const pdfIngest = await benchPdfIngest(root);
  console.log(`${formatPdfIngest(pdfIngest)}\n`);
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine, settings: { scales, httpSeconds, connections, seed, backends }, results, pdfIngest, textIngest }, null, 2) + '\n');
  console.log(`Résultats complets : ${file}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
