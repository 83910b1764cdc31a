// Which words of a text to mark for a query: the words AS WRITTEN whose index terms are variants of a
// query word (so « negocier » marks « négociations », « segur » marks « Ségur »), and phrase
// occurrences as one span.
import type { AnalysedText } from './section-words';
import { findPhrase, type CompiledPhrase, type TermMatcher } from './query-expression';

/** Tokens `first`..`last` (inclusive) form one mark; `key` names the query clause they match. */
export interface TokenSpan {
  first: number;
  last: number;
  key: string;
}

export interface MarkPlan {
  wordMatchers: TermMatcher[];
  phrases: CompiledPhrase[];
}

/** Memoised term → clause key lookup; `undefined` when the term matches no query word. */
export type TermMarker = (term: string) => string | undefined;

export function createTermMarker(matchers: TermMatcher[]): TermMarker {
  const memo = new Map<string, string | undefined>();
  return (term) => {
    if (memo.has(term)) return memo.get(term);
    const index = matchers.findIndex((matches) => matches(term));
    const key = index === -1 ? undefined : `w${index}`;
    memo.set(term, key);
    return key;
  };
}

/**
 * Spans to mark in an analysed text. `candidates`, when given, restricts word marks to these index
 * terms (the ones the engine reported as matched for the document): both cheaper and exactly what made
 * it a hit. Without it, every index term of the text is tried.
 */
export function findSpans(
  words: AnalysedText,
  marker: TermMarker,
  phrases: readonly CompiledPhrase[],
  candidates?: Iterable<string>,
): TokenSpan[] {
  const phraseSpans = findPhraseSpans(words.folded, phrases);
  const covered = new Set<number>();
  for (const span of phraseSpans) for (let i = span.first; i <= span.last; i++) covered.add(i);
  const keyAt = new Map<number, string>();
  for (const term of candidates ?? words.positions.keys()) {
    const key = marker(term);
    if (key === undefined) continue;
    for (const position of words.positions.get(term) ?? []) {
      // A word matching two query words keeps the first clause's key (query order).
      const previous = keyAt.get(position);
      if (!covered.has(position) && (previous === undefined || previous > key)) keyAt.set(position, key);
    }
  }
  const spans = [...phraseSpans];
  for (const [position, key] of keyAt) spans.push({ first: position, last: position, key });
  return spans.sort((a, b) => a.first - b.first);
}

function findPhraseSpans(folded: readonly string[], phrases: readonly CompiledPhrase[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  phrases.forEach((phrase, j) => {
    for (let i = findPhrase(folded, phrase, 0); i !== -1; i = findPhrase(folded, phrase, i + phrase.words.length)) {
      spans.push({ first: i, last: i + phrase.words.length - 1, key: `p${j}` });
    }
  });
  // Two phrases may overlap; keep the earlier one so marks never nest.
  spans.sort((a, b) => a.first - b.first);
  return spans.filter((span, i) => i === 0 || span.first > spans[i - 1]!.last);
}
