// Load test against a running server (loopback only):
//   npm run load -- [--url http://127.0.0.1:3000] [--duration 60] [--connections 64]
// Mixes searches (API and results pages), suggestions and health checks; reports errors, status codes,
// latency, and the server's memory before and after when /healthz exposes it.
import { count, mb, ms, table } from './lib/bench/format';
import { readHealth } from './lib/bench/health';
import { assertLoopback, runHttpLoad } from './lib/bench/http-load';
import { BENCH_QUERIES, toApiQueryString, toPageQueryString } from './lib/bench/queries';
import { readCommandLine, usageError } from './lib/command-line';

const USAGE = `Usage : npm run load -- [--url http://127.0.0.1:3000] [--duration 60] [--connections 64]

Charge un serveur déjà lancé (adresse locale uniquement) : recherches (API et pages), suggestions et
/healthz ; affiche erreurs, codes HTTP, latences et la mémoire du serveur avant et après.
  --url ADRESSE       serveur à charger (défaut : http://127.0.0.1:$PORT, ou 3000)
  --duration N        durée en secondes (défaut : 60)
  --connections N     connexions simultanées (défaut : 64)
  --help              affiche cette aide

Les requêtes tournent sur une liste fixe : avec le cache de réponses actif, ce sont surtout des
réponses en mémoire. Lancez le serveur avec SEARCH_CACHE_ENTRIES=0 pour le coût d’une vraie recherche.`;

const { values } = readCommandLine(USAGE, {
  // Same PORT as `npm start`, so the two commands meet without flags.
  url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT?.trim() || '3000'}` },
  duration: { type: 'string', default: '60' },
  connections: { type: 'string', default: '64' },
});

const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
  usageError(USAGE, 'Valeur invalide : --duration attend un nombre de secondes, --connections un entier ≥ 1.');
}

async function main(): Promise<void> {
  const origin = assertLoopback(values.url).origin;
  const before = await readHealth(origin).catch((error: Error) => {
    throw new Error(`Aucun serveur ne répond sur ${origin}/healthz (${error.message}). Lancez « npm start » d’abord.`);
  });
  const paths = [
    ...BENCH_QUERIES.map((query) => `/api/search?${toApiQueryString(query.request)}`),
    ...BENCH_QUERIES.map((query) => `/recherche?${toPageQueryString(query.request)}`),
    '/api/suggest?q=n%C3%A9go',
    '/healthz',
  ];
  console.log(`Charge : ${connections} connexions pendant ${duration} s sur ${origin} (${paths.length} adresses en rotation)…`);
  const result = await runHttpLoad({ origin, paths, connections, durationSeconds: duration });
  const after = await readHealth(origin);

  console.log(
    table(
      ['mesure', 'valeur'],
      [
        ['requêtes', count(result.totalRequests)],
        ['requêtes/s', count(result.requestsPerSecond)],
        ['latence p50 (ms)', ms(result.latencyP50Ms)],
        ['latence p99 (ms)', ms(result.latencyP99Ms)],
        ['latence max (ms)', ms(result.latencyMaxMs)],
        ['erreurs de connexion', String(result.errors)],
        ['délais dépassés', String(result.timeouts)],
        ['réponses non 2xx', String(result.non2xx)],
        ['codes HTTP', Object.entries(result.statusCodes).map(([code, n]) => `${code}×${n}`).join(' ')],
        ['mémoire serveur avant (Mo)', before.rssBytes === null ? 'non exposée par /healthz' : mb(before.rssBytes)],
        ['mémoire serveur après (Mo)', after.rssBytes === null ? 'non exposée par /healthz' : mb(after.rssBytes)],
      ],
    ),
  );
  // A non-2xx can be a legitimate 4xx for a filter; errors and 5xx are the server failing.
  const fiveHundreds = Object.entries(result.statusCodes).filter(([code]) => code.startsWith('5')).reduce((s, [, n]) => s + n, 0);
  if (result.errors > 0 || fiveHundreds > 0) {
    console.error(`Échec : ${result.errors} erreurs de connexion, ${fiveHundreds} réponses 5xx.`);
    process.exitCode = 1;
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
