// « Sur le même sujet »: for each section, the sections of OTHER reports that share its most
// distinctive terms. Computed once when the index is built (all pairs would be quadratic; this is
// linear in sections × signature × capped postings) and stored, so a report page only looks it up.
//
// Each section becomes a tf-idf vector over its analysed terms (one term per word: its shortest index
// term, i.e. the stem, so « négociations » and « négocier » count together; stop words and numbers
// left out — a year says when, not what). Its « signature » is its highest-weighted terms; two sections
// are related by the sum of the products of the weights of the terms both signatures hold.
import { analyzeWord, wordSurfaces } from '../analysis';
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

/** A section's subject terms, with their weights, from the words of its title and text. */
export function subjectCounts(title: Iterable<string>, text: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (surfaces: Iterable<string>, weight: number) => {
    for (const surface of surfaces) {
      const term = subjectTerm(surface);
      if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(title, TITLE_WEIGHT);
  add(text, 1);
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
  return relateSections(sections, sections.map((section) => subjectCounts(wordSurfaces(section.title), wordSurfaces(section.text))), quality, options);
}

/** findRelatedSections with each section's `subjectCounts` already taken (a reindex reads each text once). */
export function relateSections(
  sections: readonly Pick<Section, 'reportId' | 'title'>[],
  counts: readonly Map<string, number>[],
  quality: readonly number[] = [],
  options: RelatedOptions = RELATED_DEFAULTS,
): number[][] {
  const documentFrequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  const total = sections.length;
  // Every section's whole vector is searchable (the candidate side), but only the signature of the
  // section being matched is looked up: a candidate that mentions « Ségur » ten times without it being
  // among its own top terms still counts.
  const postings = new Map<string, { sections: number[]; weights: number[] }>();
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
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = { sections: [], weights: [] }));
      list.sections.push(section);
      list.weights.push(weight * scale);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, options.signatureSize);
    return { terms: top.map(([term]) => term), weights: top.map(([, weight]) => weight * scale) };
  });
  // Capped, then frozen into typed arrays: the loop below reads them once per signature term of every
  // section, 61 million postings at 100×, where objects in a Map cost 20 s of a 46 s reindex.
  const frozen = new Map<string, { sections: Int32Array; weights: Float64Array }>();
  for (const [term, list] of postings) {
    const kept = heaviest(list.weights, options.maxPostings);
    kept.sort((a, b) => list.weights[b]! - list.weights[a]! || list.sections[a]! - list.sections[b]!);
    kept.length = Math.min(kept.length, options.maxPostings);
    frozen.set(term, { sections: Int32Array.from(kept, (i) => list.sections[i]!), weights: Float64Array.from(kept, (i) => list.weights[i]!) });
  }
  postings.clear();

  const reportIds = new Map<string, number>();
  const reportOf = Int32Array.from(sections, (s) => {
    const known = reportIds.get(s.reportId);
    if (known !== undefined) return known;
    reportIds.set(s.reportId, reportIds.size);
    return reportIds.size - 1;
  });
  // One score per section, reset through the list of those touched (sums in the same order as before).
  const scores = new Float64Array(total);
  const touched = new Int32Array(total);
  const seen = new Uint8Array(total);
  return signatures.map((signature, section) => {
    const report = reportOf[section]!;
    let count = 0;
    const { terms: signatureTerms, weights: signatureWeights } = signature;
    for (let k = 0; k < signatureTerms.length; k++) {
      const list = frozen.get(signatureTerms[k]!);
      if (list === undefined) continue;
      const weight = signatureWeights[k]!;
      const listSections = list.sections;
      const listWeights = list.weights;
      for (let p = 0; p < listSections.length; p++) {
        const candidate = listSections[p]!;
        if (reportOf[candidate] === report) continue;
        if (seen[candidate] === 0) {
          seen[candidate] = 1;
          scores[candidate] = weight * listWeights[p]!;
          touched[count++] = candidate;
        } else {
          scores[candidate] = scores[candidate]! + weight * listWeights[p]!;
        }
      }
    }
    // Only the first few distinct titles are wanted out of thousands of candidates: a heap yields them
    // best first without sorting the rest (with the plain loop above: 4.9 → 2.8 s for the 100× corpus).
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const candidate = touched[i]!;
      const score = scores[candidate]! * (quality[candidate] ?? 1);
      seen[candidate] = 0;
      if (score < options.minScore) continue;
      scores[candidate] = score;
      touched[kept++] = candidate;
    }
    const heap = new CandidateHeap(touched, kept, scores);
    const chosen: number[] = [];
    const titles = new Set<string>();
    while (chosen.length < options.limit && heap.size > 0) {
      const candidate = heap.pop();
      // The same heading twice (a section copied into several reports) would say the same thing twice.
      const title = sections[candidate]!.title;
      if (titles.has(title)) continue;
      titles.add(title);
      chosen.push(candidate);
    }
    return chosen;
  });
}

/**
 * Positions of the `count` heaviest weights, ties at the threshold included (the caller's sort then
 * cuts them by section): a common word is in tens of thousands of sections at 1000×, and sorting all
 * of them to keep 200 was most of a reindex.
 */
function heaviest(weights: readonly number[], count: number): number[] {
  const all = weights.map((_, i) => i);
  if (weights.length <= count) return all;
  const threshold = Float64Array.from(weights).sort()[weights.length - count]!;
  return all.filter((i) => weights[i]! >= threshold);
}

/**
 * A max-heap of candidate positions, in place over `items[0, size)`: best score first, then lowest
 * position (the order a full sort by score, then position, gives).
 */
class CandidateHeap {
  constructor(
    private readonly items: Int32Array,
    public size: number,
    private readonly scores: Float64Array,
  ) {
    for (let i = (size >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  pop(): number {
    const top = this.items[0]!;
    this.size -= 1;
    if (this.size > 0) {
      this.items[0] = this.items[this.size]!;
      this.sink(0);
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa > sb || (sa === sb && a < b);
  }

  private sink(start: number): void {
    const { items, size } = this;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && this.before(items[right]!, items[left]!) ? right : left;
      if (!this.before(items[child]!, items[i]!)) return;
      const swap = items[i]!;
      items[i] = items[child]!;
      items[child] = swap;
      i = child;
    }
  }
}
