// Which words of a text to mark for a query: the words AS WRITTEN whose index terms are variants of a
// query word (so « negocier » marks « négociations », « segur » marks « Ségur »), and phrase
// occurrences as one span.
import type { AnalysedText } from './section-words';
import { findExpression, findPhrase, type CompiledExpression, type CompiledPhrase, type TermClassifier } from './query-expression';

/** Tokens `first`..`last` (inclusive) form one mark; `key` names the query clause they match. */
export interface TokenSpan {
  first: number;
  last: number;
  key: string;
}

export interface MarkPlan {
  wordMatchers: TermClassifier[];
  phrases: CompiledPhrase[];
}

export interface TermMark {
  /** Position of the query clause. */
  clause: number;
  /** Names the query clause in spans: `w<clause>`. */
  key: string;
  /** False when the term is only a part of the query word (« 66 » for « CCN66 »). */
  whole: boolean;
}

/** Memoised term → mark lookup; `undefined` when the term matches no query word. */
export type TermMarker = (term: string) => TermMark | undefined;

export function createTermMarker(classifiers: TermClassifier[]): TermMarker {
  const memo = new Map<string, TermMark | undefined>();
  return (term) => {
    if (memo.has(term)) return memo.get(term);
    let mark: TermMark | undefined;
    for (const [index, classify] of classifiers.entries()) {
      const kind = classify(term);
      if (kind !== undefined) {
        mark = { clause: index, key: `w${index}`, whole: kind === 'whole' };
        break;
      }
    }
    memo.set(term, mark);
    return mark;
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
  expressions: readonly CompiledExpression[] = [],
): TokenSpan[] {
  const phraseSpans = withoutOverlaps([...findPhraseSpans(words, phrases), ...findExpressionSpans(words, expressions)]);
  const covered = new Set<number>();
  for (const span of phraseSpans) for (let i = span.first; i <= span.last; i++) covered.add(i);
  const marks = new Map<number, { clause: number; key: string; whole: boolean; parts: number }>();
  for (const term of candidates ?? words.positions.keys()) {
    const mark = marker(term);
    if (mark === undefined) continue;
    for (const position of words.positions.get(term) ?? []) {
      if (covered.has(position)) continue;
      const previous = marks.get(position);
      // A word matching two query words keeps the first clause's key (query order).
      if (previous === undefined || previous.clause > mark.clause) {
        // Fields copied one by one: a spread here (`{ ...mark, parts }`) cost microseconds per marked word on Node 20.
        marks.set(position, { clause: mark.clause, key: mark.key, whole: mark.whole, parts: mark.whole ? 0 : 1 });
      } else if (previous.clause === mark.clause) {
        previous.whole ||= mark.whole;
        if (!mark.whole) previous.parts++;
      }
    }
  }
  // A part of a compound is marked beside another part (« CCN 66 », « CCN66-CHRS »), not alone, and
  // the parts written apart make one mark, like the compound they stand for.
  const spans = [...phraseSpans];
  let open: (TokenSpan & { whole: boolean }) | undefined;
  for (const position of [...marks.keys()].sort((a, b) => a - b)) {
    const mark = marks.get(position)!;
    const beside = [marks.get(position - 1), marks.get(position + 1)].some((other) => other?.key === mark.key);
    if (!mark.whole && mark.parts < 2 && !beside) continue;
    if (open && !open.whole && !mark.whole && open.key === mark.key && open.last === position - 1) {
      open.last = position;
      continue;
    }
    open = { first: position, last: position, key: mark.key, whole: mark.whole };
    spans.push(open);
  }
  return spans
    .map(({ first, last, key }) => ({ first, last, key }))
    .sort((a, b) => a.first - b.first);
}

// Phrases are found among the words' parts; a mark covers the whole words those parts belong to.
function findPhraseSpans(words: AnalysedText, phrases: readonly CompiledPhrase[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const { phraseWords, phraseTokens } = words;
  phrases.forEach((phrase, j) => {
    const length = phrase.words.length;
    for (let i = findPhrase(phraseWords, phrase, 0); i !== -1; i = findPhrase(phraseWords, phrase, i + length)) {
      spans.push({ first: phraseTokens[i]!, last: phraseTokens[i + length - 1]!, key: `p${j}` });
    }
  });
  return spans;
}

// A multi-word alternative (« établissement et service d’aide par le travail ») is marked whole, from its
// first word to its last, stop words between included.
function findExpressionSpans(words: AnalysedText, expressions: readonly CompiledExpression[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const { keys, keyTokens } = words;
  expressions.forEach((expression, j) => {
    // Most sections lack one of the words: the index of terms says so without a scan.
    if (!expression.keys.every((key) => words.positions.has(key))) return;
    const length = expression.keys.length;
    for (let i = findExpression(keys, expression, 0); i !== -1; i = findExpression(keys, expression, i + length)) {
      spans.push({ first: keyTokens[i]!, last: keyTokens[i + length - 1]!, key: `e${j}` });
    }
  });
  return spans;
}

// Two phrases may overlap; keep the earlier one so marks never nest.
function withoutOverlaps(spans: TokenSpan[]): TokenSpan[] {
  spans.sort((a, b) => a.first - b.first);
  const kept: TokenSpan[] = [];
  for (const span of spans) if (kept.length === 0 || span.first > kept.at(-1)!.last) kept.push(span);
  return kept;
}
