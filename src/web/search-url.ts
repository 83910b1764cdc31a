/** The state of the results page, as it appears in its URL (French parameter names). */
export interface SearchPageState {
  q: string;
  reportId?: string | undefined;
  year?: number | undefined;
  page?: number | undefined;
  /** Only the words typed (no synonyms or spelled-out acronyms). */
  strict?: boolean | undefined;
  /** Every report with hits in the report facet (`rapports=tous`), not only the first ones. */
  allReports?: boolean | undefined;
}

export function searchUrl(state: SearchPageState): string {
  const params = new URLSearchParams({ q: state.q });
  if (state.reportId) params.set('rapport', state.reportId);
  if (state.year !== undefined) params.set('annee', String(state.year));
  if (state.page !== undefined && state.page > 1) params.set('page', String(state.page));
  if (state.strict) params.set('strict', '1');
  if (state.allReports) params.set('rapports', 'tous');
  return `/recherche?${params.toString()}`;
}

export function reportUrl(reportId: string, query?: string): string {
  const path = `/rapports/${encodeURIComponent(reportId)}`;
  return query ? `${path}?${new URLSearchParams({ q: query }).toString()}` : path;
}

/** The report's source file; for a PDF, `page` opens it at that page (`#page=N`, read by PDF viewers). */
export function originalUrl(reportId: string, page?: number | null): string {
  const path = `${reportUrl(reportId)}/original`;
  return page ? `${path}#page=${page}` : path;
}
