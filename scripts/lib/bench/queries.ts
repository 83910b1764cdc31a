// The fixed query mix of the benchmark: what staff and journalists actually type, in every shape
// the engine handles differently (exact acronyms, phrases, prefixes, typos, filters, stop words).
import type { SearchRequest } from '../../../src/types';

export type QueryKind = 'acronym' | 'word' | 'phrase' | 'prefix' | 'typo' | 'filter' | 'edge';

export interface BenchQuery {
  kind: QueryKind;
  request: SearchRequest;
}

const q = (kind: QueryKind, text: string, extra: Omit<SearchRequest, 'q'> = {}): BenchQuery => ({
  kind,
  request: { q: text, ...extra },
});

export const BENCH_QUERIES: readonly BenchQuery[] = [
  q('acronym', 'CCUE'),
  q('acronym', 'Ségur'),
  q('acronym', 'CCN66'),
  q('acronym', 'EHPAD'),
  q('acronym', 'CHRS'),
  q('acronym', 'AXESS'),
  q('acronym', 'PLFSS'),
  q('word', 'négociation'),
  q('word', 'attractivité des métiers'),
  q('word', 'protection de l’enfance'),
  q('word', 'personnes âgées'),
  q('word', 'rémunérations salariés revalorisation'),
  q('word', 'crise sanitaire covid'),
  q('word', 'transformation numérique'),
  q('phrase', '"attractivité des métiers"'),
  q('phrase', '"convention collective unique"'),
  q('phrase', '"non lucratif"'),
  q('phrase', '"prime covid"'),
  q('prefix', 'négo'),
  q('prefix', 'installa'),
  q('prefix', 'médico'),
  q('prefix', 'form'),
  q('typo', 'negotiation'),
  q('typo', 'attractivite des metiers'),
  q('typo', 'remuneration'),
  q('typo', 'solidarite'),
  q('typo', 'convension colective'),
  q('filter', 'CCUE', { year: 2024 }),
  q('filter', 'crise', { year: 2020 }),
  q('filter', 'métiers', { reportId: 'rapport-annuel-2020' }),
  q('filter', 'secteur', { page: 2 }),
  q('edge', 'le de la'),
  q('edge', 'secteur'),
  q('edge', 'Nexem'),
];

/** Query string of `/recherche` (French parameter names, as in the page URLs). */
export function toPageQueryString(request: SearchRequest): string {
  const params = new URLSearchParams({ q: request.q });
  if (request.reportId) params.set('rapport', request.reportId);
  if (request.year !== undefined) params.set('annee', String(request.year));
  if (request.page !== undefined) params.set('page', String(request.page));
  return params.toString();
}

/** Query string of `/api/search` (English parameter names, as documented for scripts). */
export function toApiQueryString(request: SearchRequest): string {
  const params = new URLSearchParams({ q: request.q });
  if (request.reportId) params.set('report', request.reportId);
  if (request.year !== undefined) params.set('year', String(request.year));
  if (request.page !== undefined) params.set('page', String(request.page));
  return params.toString();
}
