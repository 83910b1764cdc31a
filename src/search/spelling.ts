// « Did you mean »: when a query finds nothing or little, each word unknown to the reports is replaced
// by the most frequent known word within its typo budget (« negotiation » → « négociation »).
import { analyzeWord } from '../analysis';
import type { ParsedQuery } from './query-parser';
import { typoBudget } from './query-expression';
import type { VocabularyLookup } from './vocabulary';

export function spellingSuggestion(query: string, parsed: ParsedQuery, vocabulary: VocabularyLookup): string | undefined {
  let suggestion = query;
  let changed = false;
  for (const clause of parsed.groups.flat()) {
    if (clause.type !== 'word' || vocabulary.has(clause.surface)) continue;
    const analysis = analyzeWord(clause.surface);
    if (analysis.kind !== 'word') continue;
    // A word still being typed is not a typo when known words start with it.
    if (clause.prefix && vocabulary.completions(clause.surface, 1).length > 0) continue;
    const replacement = vocabulary.closest(clause.surface, Math.max(1, typoBudget(analysis)));
    if (replacement === undefined || !suggestion.includes(clause.surface)) continue;
    suggestion = suggestion.replace(clause.surface, replacement);
    changed = true;
  }
  return changed ? suggestion : undefined;
}

/**
 * A suggestion is offered only when the corrected query finds at least as much, or finds every word
 * where the query as typed only found some: a rare but correct word is left alone.
 */
export function isBetterSpelling(originalCount: number, originalAnyWords: boolean, correctedCount: number, correctedAnyWords: boolean): boolean {
  const moreHits = correctedCount > 0 && correctedCount >= originalCount;
  const allWordsNow = originalAnyWords && !correctedAnyWords && correctedCount > 0;
  return moreHits || allWordsNow;
}
