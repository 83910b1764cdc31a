import type { RelatedSection, Section } from '../types';
import { paragraphRanges, type ReportSummary } from '../search';
import type { Citation, SectionRef } from './citation';
import { scopeOptions } from './search-scope';
import { originalUrl, reportUrl, searchUrl } from './search-url';
import { tableOfContents } from './table-of-contents';
import type { PageContext } from './view-engine';
import { pluralize } from '../plural';

export interface ReportViewInput {
  meta: ReportSummary;
  sections: Section[];
  reports: readonly ReportSummary[];
  /** The query the reader came from, if any: its words are marked in the text. */
  q: string;
  /** A section's paragraphs escaped with the query's words marked; present only when there is a query. */
  highlight: ((section: Section) => string[]) | undefined;
  /** « Sur le même sujet »: sections of other reports (see Archive.related). */
  related: (section: Section) => RelatedSection[];
  cite: (ref: SectionRef) => Citation;
}

/** Paragraphs are separated by a blank line in Section.text (see src/types.ts). */
export function splitParagraphs(text: string): string[] {
  return paragraphRanges(text).map(({ start, end }) => text.slice(start, end));
}

/** The report title is the page's <h1>, so a level-1 section is an <h2>; HTML stops at <h6>. */
function headingLevel(sectionLevel: number): number {
  return Math.min(6, Math.max(2, sectionLevel + 1));
}

/** « Document original (PDF, 24 pages) » or « Texte source »: what the link beside the title opens. */
export function originalLabel(meta: Pick<ReportSummary, 'format' | 'pageCount'>): string {
  if (meta.format !== 'pdf') return 'Texte source';
  return meta.pageCount ? `Document original (PDF, ${pluralize(meta.pageCount, 'page', 'pages')})` : 'Document original (PDF)';
}

export function reportView({ meta, sections, reports, q, highlight, related, cite }: ReportViewInput): PageContext {
  return {
    title: meta.title,
    report: meta,
    original: { url: originalUrl(meta.id), label: originalLabel(meta) },
    q,
    selectedReport: meta.id,
    reportOptions: scopeOptions(reports, meta.id),
    backToResultsUrl: q ? searchUrl({ q, reportId: meta.id }) : undefined,
    toc: tableOfContents(sections),
    sections: sections.map((s) => {
      const level = headingLevel(s.level);
      const marked = highlight?.(s);
      return {
        id: s.id,
        title: s.title,
        level,
        page: s.page,
        pageUrl: s.page === null ? undefined : originalUrl(meta.id, s.page),
        paragraphs: splitParagraphs(s.text).map((text, i) => ({ text, marked: marked?.[i] })),
        related: related(s).map((r) => ({
          ...r,
          url: `${reportUrl(r.reportId)}#${r.sectionId}`,
          showYear: r.year !== null && !r.reportTitle.includes(String(r.year)),
        })),
        citation: cite({ reportId: s.reportId, sectionId: s.id, sectionTitle: s.title, page: s.page }),
        citedId: `${s.id}--titre`,
      };
    }),
  };
}
