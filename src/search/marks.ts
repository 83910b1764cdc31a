// Which words of a text to mark for a query: the words AS WRITTEN whose index terms are variants of a
// query word (so « negocier » marks « négociations », « segur » marks « Ségur »), and phrase
// occurrences as one span.
import { foldWord, indexTerms, type Token } from '../analysis';
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
 * Spans to mark in `tokens`. `allowed`, when given, restricts word marks to the index terms the engine
 * reported as matched for this document, which is both cheaper and exactly what made it a hit.
 */
export function findSpans(
  tokens: readonly Token[],
  folded: readonly string[],
  marker: TermMarker,
  phrases: readonly CompiledPhrase[],
  allowed?: ReadonlySet<string>,
): TokenSpan[] {
  const phraseSpans = findPhraseSpans(folded, phrases);
  const covered = new Set<number>();
  for (const span of phraseSpans) for (let i = span.first; i <= span.last; i++) covered.add(i);
  const spans = [...phraseSpans];
  tokens.forEach((token, i) => {
    if (covered.has(i)) return;
    for (const term of indexTerms(token.surface)) {
      if (allowed && !allowed.has(term)) continue;
      const key = marker(term);
      if (key !== undefined) {
        spans.push({ first: i, last: i, key });
        return;
      }
    }
  });
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

export function foldTokens(tokens: readonly Token[]): string[] {
  return tokens.map((token) => foldWord(token.surface));
}
