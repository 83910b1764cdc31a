// The archive's reports as every page and API answer reads them: listed once per archive (an Archive
// never changes what it answers), with a lookup by id. Each request used to copy the list and build a
// map of it for its citations: 2,000 entries per search at 1,000×.
import type { Archive, ReportSummary } from '../search';

export interface ReportList {
  /** Sorted as `archive.reports()` sorts them. Shared: never mutate it. */
  all: readonly ReportSummary[];
  byId: ReadonlyMap<string, ReportSummary>;
}

const lists = new WeakMap<Archive, Promise<ReportList>>();

export function reportList(archive: Archive): Promise<ReportList> {
  let list = lists.get(archive);
  if (list === undefined) {
    list = archive.reports().then((all) => ({ all: Object.freeze(all), byId: new Map(all.map((report) => [report.id, report])) }));
    lists.set(archive, list);
    // A backend that could not answer is asked again by the next request.
    list.catch(() => lists.delete(archive));
  }
  return list;
}
