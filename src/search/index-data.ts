// Everything the archive needs at run time, built once from the reports: the site renders reports,
// sections, snippets and suggestions from this alone, without the corpus.
import type { Report, ReportMeta, Section } from '../types';
import { collectDefinitions, type AcronymDefinition } from './acronym-definitions';
import { buildEngine, snapshotEngine, type EngineSnapshot } from './engine';
import { buildPhraseIndex, type PhraseIndexData } from './phrase-index';
import { proseFactor } from './prose';
import { findRelatedSections } from './related';
import { buildVocabulary, type VocabularyEntry } from './vocabulary';

/** Bump when the shape of IndexData or the analysis changes: older files are then rebuilt, not misread. */
export const INDEX_VERSION = 5;

export interface IndexData {
  version: number;
  /** ISO date. */
  builtAt: string;
  reports: ReportMeta[];
  /** All sections of all reports; a section's position here is its id in the engine. */
  sections: Section[];
  engine: EngineSnapshot;
  /** Words as written with their frequency, most frequent first (for suggestions). */
  vocabulary: VocabularyEntry[];
  /** Per section (same order as `sections`): document boost, lower for charts and lists of figures. */
  prose: number[];
  /** Acronyms the reports define (« Agence nationale d’appui à la performance (ANAP) »), for widening queries. */
  acronyms: AcronymDefinition[];
  /**
   * Per section (same order as `sections`): positions in `sections` of up to three sections of other
   * reports on the same subject, most related first (« Sur le même sujet », see related.ts).
   */
  related: number[][];
  /** Per section: its words in order, coded, where phrases are checked (see phrase-index.ts). */
  phrases: PhraseIndexData;
}

export function buildIndexData(reports: Report[], builtAt: Date): IndexData {
  const sections = reports.flatMap((report) => report.sections);
  const prose = sections.map((section) => proseFactor(section.text));
  return {
    version: INDEX_VERSION,
    builtAt: builtAt.toISOString(),
    reports: reports.map((report) => report.meta),
    sections,
    engine: snapshotEngine(buildEngine(sections)),
    vocabulary: buildVocabulary(sections.flatMap((section) => [section.title, section.text])),
    prose,
    related: findRelatedSections(sections, prose),
    acronyms: collectDefinitions(sections.map((section) => section.text)),
    phrases: buildPhraseIndex(sections),
  };
}

/** Reports rebuilt from a report list and the sections of all of them (in order). */
export function groupReports(reports: readonly ReportMeta[], sections: readonly Section[]): Report[] {
  const byReport = new Map<string, Section[]>();
  for (const section of sections) {
    const list = byReport.get(section.reportId);
    if (list) list.push(section);
    else byReport.set(section.reportId, [section]);
  }
  return reports.map((meta) => ({ meta, sections: byReport.get(meta.id) ?? [] }));
}
