// « Citer »: a French reference to a section — organisation, report title (italics where the medium
// has them), the year when the title does not already say it, section title in « », page when known,
// and the absolute permalink. The plain text is what is copied and what the JSON API returns.
import type { ReportSummary } from '../search';
import { reportUrl } from './search-url';

export interface CitationSource {
  organisation: string;
  reportId: string;
  reportTitle: string;
  year: number | null;
  sectionId: string;
  sectionTitle: string;
  page: number | null;
}

export interface Citation {
  /** What precedes the report title, e.g. « Nexem, ». */
  before: string;
  /** The report title, set in italics in HTML. */
  title: string;
  /** What follows it up to the permalink, e.g. « , « CCUE : … », p. 12, ». */
  after: string;
  url: string;
  /** The whole reference as plain text. */
  text: string;
}

/** `origin` is e.g. `https://archive.nexem.fr` (see public-origin.ts). */
export function citeSection(source: CitationSource, origin: string): Citation {
  const url = `${origin}${reportUrl(source.reportId)}#${source.sectionId}`;
  const before = source.organisation.trim() ? `${source.organisation.trim()}, ` : '';
  const year = source.year !== null && !source.reportTitle.includes(String(source.year)) ? `, ${source.year}` : '';
  const page = source.page !== null ? `, p. ${source.page}` : '';
  const after = `${year}, « ${source.sectionTitle} »${page}, `;
  return { before, title: source.reportTitle, after, url, text: `${before}${source.reportTitle}${after}${url}` };
}

/** A section as pages and the API know it; the report's organisation, title and year are looked up. */
export interface SectionRef {
  reportId: string;
  sectionId: string;
  sectionTitle: string;
  page: number | null;
}

/** Cites sections of the archive's reports (`byId`, see report-list.ts) with links on `origin`. */
export function citer(byId: ReadonlyMap<string, ReportSummary>, origin: string): (ref: SectionRef) => Citation {
  return (ref) => {
    const report = byId.get(ref.reportId);
    return citeSection({
      organisation: report?.organisation ?? '',
      reportTitle: report?.title ?? ref.reportId,
      year: report?.year ?? null,
      reportId: ref.reportId,
      sectionId: ref.sectionId,
      sectionTitle: ref.sectionTitle,
      page: ref.page,
    }, origin);
  };
}
