// What a query may be widened to, below the words typed: the acronyms the reports define (« ANAP » ↔
// « Agence nationale d’appui à la performance »), the sector thesaurus (« maisons de retraite » → EHPAD)
// and related word forms (« numérisation » → « numérique »). Only alternatives the reports contain are
// kept: one that cannot match would only lengthen the query and the « élargie à » notice.
import { analyzeWord, derivedForms, matchKey, tokenize } from '../analysis';
import type { AcronymDefinition } from './acronym-definitions';
import type { Clause, WordClause } from './query-parser';
import type { ThesaurusGroup } from './thesaurus';
import type { VocabularyLookup } from './vocabulary';

export type WideningSource = 'acronym' | 'thesaurus' | 'word-form';

export interface Alternative {
  /** As written in the thesaurus or the report: « EHPAD », « Agence nationale d’appui à la performance ». */
  text: string;
  /** The words of `text` (token surfaces), stop words included. */
  words: string[];
  /** Their match keys (see `expressionKeys`), computed once. */
  keys: string[];
  source: WideningSource;
}

export interface Equivalents {
  /** Alternatives for a run of consecutive query words (as typed), best source first. */
  alternatives(surfaces: readonly string[]): Alternative[];
  /** The longest run of words any alternative is known for. */
  readonly longestRun: number;
}

export interface WideningSources {
  acronyms?: readonly AcronymDefinition[];
  thesaurus?: readonly ThesaurusGroup[];
  /** The reports' words: alternatives outside it are dropped; word forms are looked up in it. */
  vocabulary: VocabularyLookup;
}

/** A run of query groups `first`..`last` and what it is widened to. */
export interface WidenedSpan {
  first: number;
  last: number;
  /** The words typed, for the notice: « maisons de retraite ». */
  typed: string;
  alternatives: Alternative[];
}

/** The match keys of an expression, stop words left out (« maison de retraite » → maison, retrait). */
export function expressionKeys(words: readonly string[]): string[] {
  return words.flatMap((word) => matchKey(word) ?? []);
}

export function createEquivalents(sources: WideningSources): Equivalents {
  const byKeys = new Map<string, Alternative[]>();
  let longestRun = 1;
  const present = (alternative: Alternative) => alternative.words.every((word) => analyzeWord(word).stop || sources.vocabulary.has(word));
  const add = (fromText: string, text: string, source: WideningSource) => {
    const alternative = toAlternative(text, source);
    const from = expressionKeys(words(fromText));
    const to = alternative.keys;
    if (from.length === 0 || to.length === 0 || from.join(' ') === to.join(' ') || !present(alternative)) return;
    longestRun = Math.max(longestRun, from.length);
    const key = from.join(' ');
    const list = byKeys.get(key) ?? [];
    if (!list.some((known) => known.keys.join(' ') === to.join(' '))) list.push(alternative);
    byKeys.set(key, list);
  };
  for (const { acronym, longForm } of sources.acronyms ?? []) {
    add(acronym, longForm, 'acronym');
    add(longForm, acronym, 'acronym');
  }
  for (const group of sources.thesaurus ?? []) {
    for (const from of group.from) {
      for (const to of group.to) add(from, to, 'thesaurus');
    }
  }

  // Looking a run up costs a stem per word and, for one word, its derived forms checked against the
  // vocabulary; the same words come back query after query (search as you type repeats them), so each
  // run is looked up once per archive, up to a bound.
  const known = new Map<string, Alternative[]>();
  const lookUp = (surfaces: readonly string[]): Alternative[] => {
    const keys = expressionKeys(surfaces);
    if (keys.length === 0) return [];
    const found = [...(byKeys.get(keys.join(' ')) ?? [])];
    if (surfaces.length === 1) {
      // A word typed in lowercase is still the acronym it spells (« esat »), and its other forms.
      const exact = analyzeWord(surfaces[0]!).exact;
      if (exact !== keys[0]) found.push(...(byKeys.get(exact) ?? []));
      found.push(...relatedForms(surfaces[0]!, sources.vocabulary));
    }
    return found.filter(addsToTyped(keys)).filter(firstOfEachKeys);
  };
  return {
    longestRun,
    alternatives(surfaces) {
      const run = surfaces.join('\u0000');
      let found = known.get(run);
      if (found === undefined) {
        found = lookUp(surfaces);
        if (known.size >= KNOWN_RUNS) known.clear();
        known.set(run, found);
      }
      return found;
    },
  };
}

/** Runs of query words whose alternatives an archive keeps (a few hundred bytes each). */
const KNOWN_RUNS = 10_000;

/**
 * An alternative made only of words already typed (« loi de financement de la Sécurité sociale » for
 * « projet de loi de financement… ») counts them twice; one holding every word typed (« personnes
 * handicapées » for « handicap ») finds nothing they do not: neither widens anything.
 */
function addsToTyped(typedKeys: readonly string[]): (alternative: Alternative) => boolean {
  const typed = new Set(typedKeys);
  return (alternative) => !alternative.keys.every((key) => typed.has(key)) && !typedKeys.every((key) => alternative.keys.includes(key));
}

// Forms of one word (« européen », « européens », « européenne ») are one alternative: the stem finds them all.
function firstOfEachKeys(alternative: Alternative, index: number, all: Alternative[]): boolean {
  const keys = alternative.keys.join(' ');
  return all.findIndex((other) => other.keys.join(' ') === keys) === index;
}

function relatedForms(surface: string, vocabulary: VocabularyLookup): Alternative[] {
  if (analyzeWord(surface).kind !== 'word') return [];
  const own = matchKey(surface);
  return derivedForms(surface).flatMap((form) => {
    const written = vocabulary.writtenForm(form);
    return written !== undefined && matchKey(written) !== own ? [toAlternative(written, 'word-form')] : [];
  });
}

/**
 * Which runs of the query are widened: single words, left to right, the longest known run first.
 * Only plain words are widened; a quoted phrase or an alternative written with « OU » is taken as meant.
 */
export function planWidening(groups: readonly (readonly Clause[])[], equivalents: Equivalents): WidenedSpan[] {
  const words = groups.map((group) => (group.length === 1 && group[0]!.type === 'word' ? (group[0] as WordClause) : undefined));
  const spans: WidenedSpan[] = [];
  for (let first = 0; first < words.length; ) {
    let found: WidenedSpan | undefined;
    for (let length = Math.min(equivalents.longestRun, words.length - first); length >= 1 && !found; length--) {
      const run = words.slice(first, first + length);
      if (run.some((word) => word === undefined)) continue;
      const surfaces = run.map((word) => word!.surface);
      const alternatives = equivalents.alternatives(surfaces);
      if (alternatives.length > 0) found = { first, last: first + length - 1, typed: surfaces.join(' '), alternatives };
    }
    if (found) spans.push(found);
    first = found ? found.last + 1 : first + 1;
  }
  return spans;
}

/**
 * The match keys of the long forms the reports define, when they are several words: what a query for
 * the acronym is widened to, as a sequence (PostgreSQL codes these at reindex, tsvector.ts).
 */
export function longFormKeys(acronyms: readonly AcronymDefinition[]): string[][] {
  return acronyms.map(({ longForm }) => toAlternative(longForm, 'acronym').keys).filter((keys) => keys.length >= 2);
}

function toAlternative(text: string, source: WideningSource): Alternative {
  const surfaces = words(text);
  return { text, words: surfaces, keys: expressionKeys(surfaces), source };
}

function words(text: string): string[] {
  return tokenize(text).map((token) => token.surface);
}
