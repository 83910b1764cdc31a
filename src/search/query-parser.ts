// The query language of the search box, parsed into a small AST without ever throwing:
//   words are ANDed · "exact phrase" · -word / -"phrase" exclude · a OU b (or a OR b) · unbalanced quotes tolerated.
// Stop words are dropped outside phrases (they still count inside a phrase).
import { analyzeWord, isQuestionFiller, readsAsQuestion, tokenize, withoutInvertedSubject } from '../analysis';

export interface WordClause {
  type: 'word';
  /** The word as typed, elision removed (« l’attractivité » → « attractivité »). */
  surface: string;
  /** True for the last word typed: it may be a word still being typed, so prefixes match. */
  prefix: boolean;
}

export interface PhraseClause {
  type: 'phrase';
  /** Every word of the phrase, stop words included, as typed. */
  surfaces: string[];
}

export type Clause = WordClause | PhraseClause;

export interface ParsedQuery {
  /** A section must satisfy every group; a group is satisfied by any of its alternatives (`OU` / `OR`). */
  groups: Clause[][];
  /** A section containing any of these is left out. */
  excluded: Clause[];
  /** Words dropped because they are stop words, so « le de la » can be told apart from « !!! ». */
  stopWords: string[];
  /**
   * The words read as a question (« Combien de salariés représente Nexem ? »): its interrogative and
   * filler words were dropped, and sections rank by how many of the remaining words they cover.
   */
  question: boolean;
  /** « Combien… ? »: the answer is a figure, so sections made of figures are not ranked down. */
  asksForFigures: boolean;
}

// Beyond this, a query is a paste accident; the cut keeps every request cheap.
export const MAX_QUERY_LENGTH = 500;
const MAX_CLAUSES = 32;

const QUOTES = /[«»“”„‟"]/g;
// French readers type « OU », others « OR »; only in capitals, so the word « ou » stays a stop word.
const OR_OPERATORS = new Set(['OU', 'OR']);

interface RawItem {
  kind: 'text' | 'phrase';
  text: string;
  negated: boolean;
  /** The words of `text` (token surfaces), tokenised once for the question test and the clauses. */
  surfaces: string[];
}

export function parseQuery(input: string): ParsedQuery {
  // NFKC first, like every text analysed: full-width quotes and minus signs are the operators too.
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize('NFKC');
  const items = lex(text.replace(QUOTES, '"'));
  const question = readsAsQuestion(text, items.filter((item) => item.kind === 'text').flatMap((item) => item.surfaces));
  const query: ParsedQuery = { groups: [], excluded: [], stopWords: [], question, asksForFigures: question && /(?:^|[^\p{L}])combien(?![\p{L}])/iu.test(text) };
  let joinWithPrevious = false;
  let lastPositiveWord: WordClause | undefined;
  let lastItemWasPositiveText = false;

  for (const item of items) {
    if (item.kind === 'text' && !item.negated && OR_OPERATORS.has(item.text)) {
      // The operator only joins two groups; at the start, at the end or repeated it is ignored.
      joinWithPrevious = query.groups.length > 0;
      continue;
    }
    const clauses = toClauses(item, query.stopWords, question);
    lastItemWasPositiveText = false;
    if (clauses.length === 0) continue;
    if (item.negated) {
      query.excluded.push(...clauses);
      joinWithPrevious = false;
      continue;
    }
    for (const [i, clause] of clauses.entries()) {
      const previous = query.groups.at(-1);
      if (i === 0 && joinWithPrevious && previous) previous.push(clause);
      else query.groups.push([clause]);
    }
    joinWithPrevious = false;
    const last = clauses.at(-1);
    lastPositiveWord = last?.type === 'word' ? last : undefined;
    lastItemWasPositiveText = item.kind === 'text';
  }
  if (lastItemWasPositiveText && lastPositiveWord) lastPositiveWord.prefix = true;
  return limitClauses(query);
}

function lex(input: string): RawItem[] {
  const items: RawItem[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/u.test(input[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    while (input[i] === '-' || input[i] === '−') {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close; // unbalanced: the phrase runs to the end
      items.push(rawItem('phrase', input.slice(i + 1, end), negated));
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/u.test(input[end]!) && input[end] !== '"') end++;
    items.push(rawItem('text', input.slice(i, end), negated));
    i = end;
  }
  return items;
}

function rawItem(kind: RawItem['kind'], text: string, negated: boolean): RawItem {
  return { kind, text, negated, surfaces: tokenize(text).map((token) => token.surface) };
}

function toClauses(item: RawItem, stopWords: string[], question: boolean): Clause[] {
  const { surfaces } = item;
  if (item.kind === 'phrase' && surfaces.length > 1) return [{ type: 'phrase', surfaces }];
  const clauses: Clause[] = [];
  for (const typed of surfaces) {
    const surface = question ? withoutInvertedSubject(typed) : typed;
    if (analyzeWord(surface).stop || (question && isQuestionFiller(surface))) stopWords.push(surface);
    else clauses.push({ type: 'word', surface, prefix: false });
  }
  return clauses;
}

function limitClauses(query: ParsedQuery): ParsedQuery {
  return {
    groups: query.groups.slice(0, MAX_CLAUSES).map((group) => group.slice(0, MAX_CLAUSES)),
    excluded: query.excluded.slice(0, MAX_CLAUSES),
    stopWords: query.stopWords,
    question: query.question,
    asksForFigures: query.asksForFigures,
  };
}
