// « Sur le même sujet »: for each section, the sections of OTHER reports that share its most
// distinctive terms. Computed once when the index is built (all pairs would be quadratic; this is
// linear in sections × signature × capped postings) and stored, so a report page only looks it up.
//
// Each section becomes a tf-idf vector over its analysed terms (one term per word: its shortest index
// term, i.e. the stem, so « négociations » and « négocier » count together; stop words and numbers
// left out — a year says when, not what). Its « signature » is its highest-weighted terms; two sections
// are related by the sum of the products of the weights of the terms both signatures hold.
import { analyzeWord, tokenize } from '../analysis';
import type { Section } from '../types';

export interface RelatedOptions {
  /** Related sections kept per section. */
  limit: number;
  /** Most distinctive terms per section that take part in the comparison. */
  signatureSize: number;
  /** Sections kept per signature term (the heaviest first): bounds the work on a huge corpus. */
  maxPostings: number;
  /** Below this similarity (0–1), a section is not « on the same subject ». */
  minScore: number;
}

export const RELATED_DEFAULTS: RelatedOptions = { limit: 3, signatureSize: 24, maxPostings: 200, minScore: 0.04 };

/** A word of a title names the subject: it weighs as six in the text (tuned on the Ségur and attractivité sections). */
const TITLE_WEIGHT = 6;

/** The term a word counts as in a signature, or undefined for a word that says nothing of the subject. */
export function subjectTerm(surface: string): string | undefined {
  const analysis = analyzeWord(surface);
  if (analysis.stop || analysis.kind === 'number') return undefined;
  if (analysis.kind === 'word' && analysis.exact.length < 3) return undefined;
  let term = analysis.exact;
  for (const stem of analysis.stems) if (stem.length < term.length) term = stem;
  return term;
}

function termCounts(section: Section): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const token of tokenize(text)) {
      const term = subjectTerm(token.surface);
      if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(section.title, TITLE_WEIGHT);
  add(section.text, 1);
  return counts;
}

interface Signature {
  terms: string[];
  weights: number[];
}

/**
 * Per section (same order as `sections`): positions of up to `limit` related sections of other
 * reports, most related first. `quality` (optional, per section, 0–1) lowers sections that are not
 * prose (chart labels, lists of figures), as the prose factor does in search.
 */
export function findRelatedSections(
  sections: readonly Section[],
  quality: readonly number[] = [],
  options: RelatedOptions = RELATED_DEFAULTS,
): number[][] {
  const counts = sections.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  const total = sections.length;
  // Every section's whole vector is searchable (the candidate side), but only the signature of the
  // section being matched is looked up: a candidate that mentions « Ségur » ten times without it being
  // among its own top terms still counts.
  const postings = new Map<string, Array<{ section: number; weight: number }>>();
  const signatures: Signature[] = counts.map((terms, section) => {
    const weighted: Array<[string, number]> = [];
    let norm = 0;
    for (const [term, tf] of terms) {
      const df = documentFrequency.get(term) ?? 1;
      // Smoothed idf: with few reports, a word two sections share by chance must not outweigh the subject.
      const weight = (1 + Math.log(tf)) * Math.log(1 + total / df);
      norm += weight * weight;
      // A term of one section only cannot relate it to another; one in half the archive says nothing.
      if (df > 1 && df <= total / 2) weighted.push([term, weight]);
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [term, weight] of weighted) {
      const list = postings.get(term) ?? [];
      list.push({ section, weight: weight * scale });
      postings.set(term, list);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, options.signatureSize);
    return { terms: top.map(([term]) => term), weights: top.map(([, weight]) => weight * scale) };
  });
  for (const list of postings.values()) {
    list.sort((a, b) => b.weight - a.weight || a.section - b.section);
    list.length = Math.min(list.length, options.maxPostings);
  }

  return signatures.map((signature, section) => {
    const scores = new Map<number, number>();
    const reportId = sections[section]!.reportId;
    signature.terms.forEach((term, k) => {
      for (const posting of postings.get(term) ?? []) {
        if (sections[posting.section]!.reportId === reportId) continue;
        scores.set(posting.section, (scores.get(posting.section) ?? 0) + signature.weights[k]! * posting.weight);
      }
    });
    const ranked = [...scores]
      .map(([candidate, score]) => [candidate, score * (quality[candidate] ?? 1)] as const)
      .filter(([, score]) => score >= options.minScore)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const chosen: number[] = [];
    const titles = new Set<string>();
    for (const [candidate] of ranked) {
      // The same heading twice (a section copied into several reports) would say the same thing twice.
      const title = sections[candidate]!.title;
      if (titles.has(title)) continue;
      titles.add(title);
      chosen.push(candidate);
      if (chosen.length === options.limit) break;
    }
    return chosen;
  });
}
