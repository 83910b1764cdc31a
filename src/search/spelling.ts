// « Did you mean »: when a query finds nothing or little, each word unknown to the reports is replaced
// by the most frequent known word within its typo budget (« negotiation » → « négociation »).
import { analyzeWord, tokenize } from '../analysis';
import type { ParsedQuery } from './query-parser';
import { typoBudget } from './query-expression';
import type { VocabularyLookup } from './vocabulary';

export function spellingSuggestion(query: string, parsed: ParsedQuery, vocabulary: VocabularyLookup): string | undefined {
  const replacements = new Map<string, string>();
  for (const clause of parsed.groups.flat()) {
    if (clause.type !== 'word' || vocabulary.has(clause.surface)) continue;
    const analysis = analyzeWord(clause.surface);
    if (analysis.kind !== 'word') continue;
    // A word still being typed is not a typo when known words start with it.
    if (clause.prefix && vocabulary.completions(clause.surface, 1).length > 0) continue;
    const replacement = vocabulary.closest(clause.surface, Math.max(1, typoBudget(analysis)));
    if (replacement !== undefined) replacements.set(clause.surface, replacement);
  }
  return replacements.size > 0 ? replaceWords(query, replacements) : undefined;
}

/** Rewrites whole words only, where the query has them: « cue » in « ccue cue » is not the end of « ccue ». */
function replaceWords(query: string, replacements: ReadonlyMap<string, string>): string {
  let rewritten = '';
  let copiedUpTo = 0;
  for (const token of tokenize(query)) {
    const replacement = replacements.get(token.surface);
    if (replacement === undefined) continue;
    rewritten += query.slice(copiedUpTo, token.start) + replacement;
    copiedUpTo = token.end;
  }
  return rewritten + query.slice(copiedUpTo);
}
