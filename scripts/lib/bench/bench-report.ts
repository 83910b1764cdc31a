// The benchmark's printed table: one row per measure, one column per scale, and the target.
import { count, mb, ms, table } from './format';
import type { HotReloadResult } from './hot-reload';
import type { HttpLoadResult } from './http-load';
import type { ScaleResult } from './scale-run';

interface Row {
  label: string;
  value: (result: ScaleResult) => string;
  target: string;
}

const ratio = (search: HttpLoadResult, result: ScaleResult): string =>
  (search.requestsPerSecond / result.http.healthz.requestsPerSecond).toFixed(2);

const ROWS: Row[] = [
  { label: 'corpus (Mo)', value: (r) => mb(r.corpus.bytes), target: '' },
  { label: 'réindexation complète (ms)', value: (r) => ms(r.reindex.medianMs), target: '1× ≤ 2000 ; 1000× ≤ 120000' },
  { label: 'réindexation, pic RSS (Mo)', value: (r) => mb(r.reindex.medianPeakRssBytes), target: '1000× ≤ 4000' },
  { label: 'réindexation sans changement (ms)', value: (r) => ms(r.reindex.unchangedMs), target: '' },
  { label: 'fichier d’index / tables PostgreSQL (Mo)', value: (r) => mb(r.indexBytes), target: '' },
  { label: 'chargement : lecture (ms)', value: (r) => ms(r.load.readMs), target: '' },
  { label: 'chargement : JSON.parse (ms)', value: (r) => ms(r.load.parseMs), target: '' },
  { label: 'chargement : createArchive / ouverture PostgreSQL (ms)', value: (r) => ms(r.load.createArchiveMs), target: '' },
  { label: 'requête p50 (ms)', value: (r) => ms(r.queries.overall.p50), target: '' },
  { label: 'requête p99 (ms)', value: (r) => ms(r.queries.overall.p99), target: '1× ≤ 2 ; 1000× ≤ 50' },
  { label: 'requête à froid p99 (ms)', value: (r) => ms(r.queries.cold.p99), target: '' },
  // A difference of two timings: below the noise it can come out negative, which only means « nothing measurable ».
  { label: 'coût d’un extrait (ms)', value: (r) => (r.queries.perSnippetMs < 0.001 ? '< 0.001' : ms(r.queries.perSnippetMs)), target: '' },
  { label: 'requête la plus lente (p99)', value: (r) => `${r.queries.slowest.q} ${ms(r.queries.slowest.p99)}`, target: '' },
  ...hostileRows(),
  { label: 'serveur prêt (ms)', value: (r) => ms(r.server.medianReadyMs), target: '1000× ≤ 3000' },
  { label: 'serveur RSS prêt / après charge (Mo)', value: (r) => `${mb(r.server.rssAtReadyBytes)} / ${mb(r.server.rssAfterLoadBytes)}`, target: '' },
  { label: '/healthz req/s', value: (r) => throughput(r.http.healthz), target: '' },
  // « avec cache » : the 34 queries in rotation, answered from the response cache once warm;
  // « sans cache » : a server started with SEARCH_CACHE_ENTRIES=0, every request searched.
  { label: '/api/search req/s, avec cache', value: (r) => throughput(r.http.apiSearch), target: '' },
  { label: '/api/search req/s, sans cache', value: (r) => throughput(r.http.apiSearchUncached), target: '' },
  { label: '/recherche req/s, avec cache', value: (r) => throughput(r.http.recherche), target: '' },
  { label: '/api/search ÷ /healthz, avec cache', value: (r) => ratio(r.http.apiSearch, r), target: '≥ 0.5' },
  { label: '/api/search ÷ /healthz, sans cache', value: (r) => ratio(r.http.apiSearchUncached, r), target: '≥ 0.5' },
  { label: '/api/search p50 / p99 (ms), avec cache', value: (r) => latencies(r.http.apiSearch), target: '' },
  { label: '/api/search p50 / p99 (ms), sans cache', value: (r) => latencies(r.http.apiSearchUncached), target: '' },
  { label: '/recherche p50 / p99 (ms), avec cache', value: (r) => latencies(r.http.recherche), target: '' },
  { label: 'page de rapport p50 / p99 (ms)', value: (r) => latencies(r.reportPages.plain), target: '' },
  { label: 'page de rapport ?q= p50 / p99 (ms)', value: (r) => latencies(r.reportPages.highlighted), target: '' },
  { label: 'page de rapport req/s (sans / avec ?q=)', value: (r) => `${throughput(r.reportPages.plain)} / ${throughput(r.reportPages.highlighted)}`, target: '' },
  { label: '/healthz p50 / p99 (ms)', value: (r) => latencies(r.http.healthz), target: '' },
  ...uncachedRows(),
  { label: 'erreurs / non-2xx', value: (r) => errorsOf(r), target: '0' },
];

/** The 500-character hostile query of queries.ts, in process (src/search/query-limits.ts bounds it). */
function hostileRows(): Row[] {
  return [
    { label: 'requête hostile 500 car. p50 / p99 (ms)', value: (r) => `${ms(r.hostile.wall.p50)} / ${ms(r.hostile.wall.p99)}`, target: '1× ≤ 10 ; 100× ≤ 50' },
    { label: 'requête hostile, CPU p50 / p99 (ms)', value: (r) => `${ms(r.hostile.cpu.p50)} / ${ms(r.hostile.cpu.p99)}`, target: '' },
    { label: 'requête hostile à froid (ms)', value: (r) => ms(r.hostile.coldMs), target: '' },
    { label: 'requête hostile, mots cherchés', value: (r) => r.hostile.searchedWords, target: '' },
  ];
}

/** A server with SEARCH_CACHE_ENTRIES=0: every request searched (uncached-search.ts). */
function uncachedRows(): Row[] {
  const u = (r: ScaleResult) => r.uncached;
  return [
    { label: 'sans cache, 3 s après le démarrage, 32 cx p50 / p99 (ms)', value: (r) => latencies(u(r).coldStart), target: '1× p99 ≤ 25' },
    { label: 'sans cache, 16 cx req/s', value: (r) => throughput(u(r).byConnections['16']), target: '100× ≥ 500' },
    { label: 'sans cache, 16 cx p50 / p99 (ms)', value: (r) => latencies(u(r).byConnections['16']), target: '' },
    { label: 'sans cache, 32 cx p50 / p99 (ms)', value: (r) => latencies(u(r).byConnections['32']), target: '1× p99 ≤ 25 ; 100× ≤ 100' },
    { label: 'sans cache, 64 cx p50 / p99 (ms)', value: (r) => latencies(u(r).byConnections['64']), target: '' },
    { label: '/recherche sans cache, 16 cx req/s (p50 / p99 ms)', value: (r) => `${throughput(u(r).pages)} (${latencies(u(r).pages)})`, target: '' },
    { label: 'sans cache, 16 cx ÷ /healthz (même serveur)', value: (r) => (u(r).byConnections['16'].requestsPerSecond / u(r).healthz.requestsPerSecond).toFixed(2), target: '1× ≥ 0.5' },
    { label: '/healthz pendant 64 cx de recherches p99 / max (ms)', value: (r) => healthUnderLoad(u(r).healthzUnderLoad), target: 'répond toujours' },
    { label: 'rechargement à chaud, 8 cx p99 / max (ms)', value: (r) => hotReload(u(r).hotReload), target: '' },
    { label: 'rechargement à chaud, charge fixe : req/s, p99 / max (ms)', value: (r) => `${count(u(r).hotReloadRate)}, ${hotReload(u(r).hotReloadSteady)}`, target: '100× max ≤ 100' },
    // Counted in the row above: a client that could not send on time (its own pauses) is not the server.
    { label: 'rechargement à chaud, charge fixe : retard max du client (ms)', value: (r) => ms(u(r).hotReloadSteady.load.clientLateMaxMs ?? 0), target: '' },
  ];
}

/** No response completed within the run: every request was still waiting when it ended. */
const NO_RESPONSE = 'aucune réponse';

function throughput(result: HttpLoadResult): string {
  return result.totalRequests === 0 ? NO_RESPONSE : count(result.requestsPerSecond);
}

function latencies(result: HttpLoadResult): string {
  return result.totalRequests === 0 ? NO_RESPONSE : `${ms(result.latencyP50Ms)} / ${ms(result.latencyP99Ms)}`;
}

function healthUnderLoad(result: HttpLoadResult): string {
  return result.totalRequests === 0 ? NO_RESPONSE : `${ms(result.latencyP99Ms)} / ${ms(result.latencyMaxMs)}`;
}

function hotReload(result: HotReloadResult): string {
  const latency = healthUnderLoad(result.load);
  return result.reloaded ? latency : `${latency} (index non rechargé)`;
}

function errorsOf(result: ScaleResult): string {
  const { coldStart, byConnections, healthz, pages, healthzUnderLoad, hotReload, hotReloadSteady } = result.uncached;
  const runs = [
    ...Object.values(result.http), coldStart, ...Object.values(byConnections), healthz, pages, healthzUnderLoad, hotReload.load, hotReloadSteady.load,
    result.reportPages.plain, result.reportPages.highlighted,
  ];
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  const non2xx = runs.reduce((sum, run) => sum + run.non2xx, 0);
  return `${errors} / ${non2xx}`;
}

export function benchTable(results: readonly ScaleResult[]): string {
  return table(
    ['mesure', ...results.map((r) => `${r.scale}×${r.backend === 'postgres' ? ' PostgreSQL' : ''}`), 'objectif'],
    ROWS.map((row) => [row.label, ...results.map(row.value), row.target]),
  );
}
