// What a PostgreSQL web process keeps to turn a typed query into SQL parameters: the index terms with
// their postings (MiniSearch's own radix tree, so completions and typo variants are chosen among the
// same terms under the same caps as embedded), the vocabulary and the widening equivalents. Pure: the
// archive (postgres-archive.ts) loads the data, tests build it from reports.
import SearchableMap from 'minisearch/SearchableMap';
import type { AcronymDefinition } from '../acronym-definitions';
import type { ArchiveOptions } from '../archive';
import { noticeWithoutWords, searchedQuery } from '../archive-parts';
import { compileQuery, type CompiledQuery } from '../query-expression';
import { keepFirstWords, QUERY_LIMITS } from '../query-limits';
import { parseQuery, type ParsedQuery } from '../query-parser';
import { vocabularyCompileOptions, type CompileOptions } from '../query-plan';
import { treeDictionary, type TermDictionary } from '../term-dictionary';
import { createVocabularyLookup, type VocabularyEntry, type VocabularyLookup } from '../vocabulary';
import { createEquivalents } from '../widening';
import type { SearchNotice } from '../../types';
import { compileTsQuery, matchesBound, type CompiledTsQuery } from './tsquery';
import { KEY_PREFIX } from './tsvector';

export interface QueryCompilerData {
  /** Most frequent first, as archive_vocabulary ranks them. */
  vocabulary: VocabularyEntry[];
  /** Every index term of the generation with its postings (archive_term). */
  postings: Iterable<readonly [string, number]>;
  acronyms: AcronymDefinition[];
}

export interface PreparedQuery {
  query: string;
  parsed: ParsedQuery;
  compiled: CompiledQuery;
  ts: CompiledTsQuery;
  /**
   * False for a question or a long query, ranked by how many of its groups a section covers; true
   * when the sections listed are those matching every group (unless none does: then any group).
   */
  listsAll: boolean;
  /** At least the number of sections matching every group (tsquery.ts matchesBound). */
  bound: number;
}

export interface QueryCompiler {
  vocabulary: VocabularyLookup;
  /** The index terms and their postings. */
  terms: SearchableMap<number>;
  /** Options for marks: the compiler with widening, as a search not asked strict. */
  widenedOptions: CompileOptions;
  /** The query as searched (the embedded engine's cap on words), compiled for marks and widening and to tsquery. */
  prepare(q: unknown, strict: boolean): PreparedQuery | { query: string; notice: SearchNotice };
}

export function createQueryCompiler(data: QueryCompilerData, options: ArchiveOptions = {}): QueryCompiler {
  const vocabulary = createVocabularyLookup(data.vocabulary);
  const markOptions = vocabularyCompileOptions(vocabulary);
  const terms = new SearchableMap<number>();
  // Coded sequences (tsvector.ts sequenceLexeme) are listed with the terms, but are no word a query
  // completes or corrects to.
  const codedSequences = new Set<string>();
  for (const [term, postings] of data.postings) {
    if (term.startsWith(KEY_PREFIX)) codedSequences.add(term);
    else terms.set(term, postings);
  }
  const dictionary: TermDictionary = {
    ...treeDictionary(terms, (postings) => postings ?? 0),
    // Which sections hold every word of a multi-word alternative is the embedded matcher's question;
    // here the database finds them by their key positions (tsquery.ts), so none are listed.
    documentsWithAll: () => new Set(),
  };
  const compileOptions = { ...markOptions, dictionary };
  const equivalents = createEquivalents({ acronyms: data.acronyms, thesaurus: options.thesaurus, vocabulary });
  const widenedOptions = { ...compileOptions, equivalents };
  const postingsOf = (term: string) => terms.get(term) ?? 0;
  return {
    vocabulary,
    terms,
    widenedOptions,
    prepare(q, strict) {
      const query = searchedQuery(q);
      const parsed = parseQuery(query);
      if (parsed.groups.length === 0) return { query, notice: noticeWithoutWords(parsed) };
      const compiled = compileQuery(parsed, strict ? compileOptions : widenedOptions);
      // The groups the embedded compiler kept under its caps (query-limits.ts), planned the same way.
      const searched: ParsedQuery = { ...parsed, groups: keepFirstWords(parsed, QUERY_LIMITS.words).groups.slice(0, compiled.groupCount) };
      const ts = compileTsQuery(searched, compileOptions, vocabulary, compiled.widened, codedSequences);
      const listsAll = !(ts.groups.length >= 2 && compiled.byCoverage);
      return { query, parsed, compiled, ts, listsAll, bound: matchesBound(ts, postingsOf) };
    },
  };
}
