// Report page latency over HTTP: `/rapports/<id>` as a reader opens it from the home page (the same few
// pages, answered from the server's render cache once warm), and with `?q=` as a reader lands from a
// result (one page per report and query of the mix: more keys than the render cache holds, so most of
// these are rendered again, highlights included).
import { BENCH_QUERIES } from './queries';
import { runHttpLoad, type HttpLoadResult } from './http-load';

export interface ReportPageLatency {
  /** `/rapports/<id>` without a query. */
  plain: HttpLoadResult;
  /** `/rapports/<id>?q=<query>` for every report and query of the mix. */
  highlighted: HttpLoadResult;
}

export interface ReportPageSettings {
  origin: string;
  connections: number;
  durationSeconds: number;
}

export async function measureReportPages(settings: ReportPageSettings): Promise<ReportPageLatency> {
  const response = await fetch(`${settings.origin}/api/reports`);
  if (!response.ok) throw new Error(`/api/reports a répondu ${response.status} : impossible de lister les rapports à mesurer.`);
  const { reports } = (await response.json()) as { reports: Array<{ id: string }> };
  const pageOf = (id: string) => `/rapports/${encodeURIComponent(id)}`;
  // Beyond 1× there are hundreds of reports: a sample keeps the list of paths (and the warm-up) small.
  const ids = reports.slice(0, 20).map((report) => report.id);
  if (ids.length === 0) throw new Error('Aucun rapport servi : rien à mesurer.');
  const plainPaths = ids.map(pageOf);
  const highlightedPaths = ids.flatMap((id) =>
    BENCH_QUERIES.map((query) => `${pageOf(id)}?${new URLSearchParams({ q: query.request.q }).toString()}`),
  );
  const load = (paths: string[]) =>
    runHttpLoad({ origin: settings.origin, paths, connections: settings.connections, durationSeconds: settings.durationSeconds });
  await load(plainPaths); // warm-up: templates compiled, section words of the first pages analysed
  return { plain: await load(plainPaths), highlighted: await load(highlightedPaths) };
}
