// The search form's « Limiter à un rapport » list. Every report is handy for a few dozen; at 1,000× it
// would be 2,000 options on every results and report page (about 150 KB, estimated from a 100× page:
// 201 options in its 71 KB). Past SCOPE_LIST_LIMIT reports the list offers the report in view only: the
// results page's report facet and the home page reach the others.
import type { ReportSummary } from '../search';

export const SCOPE_LIST_LIMIT = 50;

export interface ScopeOption {
  id: string;
  /** The report's label (see ReportSummary.label): two reports may share a title. */
  label: string;
  selected: boolean;
}

/** The reports the form lets a search be limited to, `selectedId` (the report in view or filtered on) selected. */
export function scopeOptions(reports: readonly ReportSummary[], selectedId: string | undefined): ScopeOption[] {
  const listed = reports.length <= SCOPE_LIST_LIMIT ? reports : reports.filter((report) => report.id === selectedId);
  return listed.map((report) => ({ id: report.id, label: report.label, selected: report.id === selectedId }));
}
