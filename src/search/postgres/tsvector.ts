// A section as a PostgreSQL tsvector of the project's own analysed terms: the same terms the
// embedded index gets (`indexTerms`: folded word, stems, compound parts), so « CCUE » never meets
// « accueil » and « attractivite » meets « attractivité » exactly as it does embedded. Positions
// follow the phrase words (`phraseParts`): a compound takes one position per part, and stop words
// keep theirs (indexed as written, folded), so "Ségur pour tous" compiles to consecutive words.
// Match keys (`matchKey`, stop words left out) also get positions of their own, prefixed with
// KEY_PREFIX: a multi-word alternative is found as consecutive keys, whatever stop words stand
// between its words, as the embedded archive finds it (section-words.ts `keys`).
import { indexTerms, matchKey, wordSurfaces } from '../../analysis';
import { ENGINE_FIELDS, fieldTexts } from '../engine';
import type { Section } from '../../types';
import { phraseParts } from '../section-words';

type Weight = 'A' | 'B' | 'C';
const FIELD_WEIGHTS: Record<(typeof ENGINE_FIELDS)[number], Weight> = { title: 'A', breadcrumb: 'B', text: 'C' };

/** PostgreSQL drops positions past this; later words still match, only not as phrases. */
const MAX_POSITION = 16383;
/** PostgreSQL keeps the first 256 distinct positions of a lexeme (MAXNUMPOS). */
const MAX_POSITIONS_PER_LEXEME = 256;
/** Between fields, so a phrase never runs from a title into its text. */
const FIELD_GAP = 8;

/** Starts the lexemes of match keys: no analysed term starts with it. */
export const KEY_PREFIX = '§';
/**
 * Holds the positions inside a compound (its parts after the first), so marks are counted per word
 * as written, not per part (the timeline's occurrences, archive_marks).
 */
export const INNER_POSITIONS = '¤';

/**
 * The lexeme standing for a sequence of match keys coded at reindex (the long form of an acronym the
 * reports define): a query widened to it needs no position check of every candidate's tsvector (« CCUE »
 * at 1,000×: 130 ms to count its matches). Spaces cannot occur in a key, so it names one sequence only.
 */
export function sequenceLexeme(keys: readonly string[]): string {
  return KEY_PREFIX + keys.join(' ');
}

/** Key sequences to code, looked up by their first key. */
export type SequenceCodes = ReadonlyMap<string, readonly (readonly string[])[]>;

export function sequenceCodes(sequences: Iterable<readonly string[]>): SequenceCodes {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const keys of sequences) {
    if (keys.length < 2) continue;
    const list = byFirst.get(keys[0]!) ?? [];
    if (!list.some((known) => known.join(' ') === keys.join(' '))) list.push(keys);
    byFirst.set(keys[0]!, list);
  }
  return byFirst;
}

export interface SectionVector {
  /** The tsvector literal, for a bound `$n::tsvector` parameter. */
  literal: string;
  /**
   * Its number of positions as PostgreSQL keeps them (each lexeme's distinct positions, at most
   * MAX_POSITIONS_PER_LEXEME): what ts_rank's length normalisation counts, computed once here
   * rather than by every ts_rank call (queries.ts).
   */
  positions: number;
  /** The coded sequences it holds (sequenceLexeme), each once. */
  sequences: string[];
}

export function sectionVector(section: Pick<Section, 'title' | 'breadcrumb' | 'text'>, codes: SequenceCodes = new Map()): SectionVector {
  return vectorOfWords(fieldTexts(section).map(wordSurfaces), codes);
}

/** sectionVector from the words of the section's ENGINE_FIELDS, in that order (a reindex reads each text once). */
export function vectorOfWords(fields: readonly Iterable<string>[], codes: SequenceCodes = new Map()): SectionVector {
  // Per lexeme: its positions as the literal writes them, and how many distinct ones PostgreSQL keeps.
  // Positions come in order (words, parts and keys are numbered as they are read), so a repeated one is
  // the last one: no set of positions per lexeme (a fifth of a reindex's vectors).
  const lexemes = new Map<string, { entries: string[]; last: number; distinct: number }>();
  let next = 1;
  let nextKey = 1;
  const add = (term: string, position: number, weight: Weight) => {
    const at = Math.min(position, MAX_POSITION);
    const entry = `${at}${weight}`;
    const lexeme = lexemes.get(term);
    if (lexeme === undefined) {
      lexemes.set(term, { entries: [entry], last: at, distinct: 1 });
      return;
    }
    lexeme.entries.push(entry);
    if (at !== lexeme.last) {
      lexeme.last = at;
      lexeme.distinct += 1;
    }
  };
  const found = new Set<string>();
  const field = (surfaces: Iterable<string>, weight: Weight) => {
    const keys: string[] = [];
    const firstKey = nextKey;
    for (const surface of surfaces) {
      const parts = phraseParts(surface);
      for (const term of indexTerms(surface)) add(term, next, weight);
      // PostgreSQL drops a position repeated for one lexeme (a part that is also the exact term).
      parts.forEach((part, i) => add(part, next + i, weight));
      for (let i = 1; i < parts.length; i++) add(INNER_POSITIONS, next + i, weight);
      next += parts.length;
      const key = matchKey(surface);
      if (key !== undefined) {
        keys.push(key);
        add(KEY_PREFIX + key, nextKey++, weight);
      }
    }
    // Sequences stand in a title or a text, never in a breadcrumb (as queries ask for them, `:AC`).
    if (weight !== 'B') {
      keys.forEach((key, i) => {
        for (const sequence of codes.get(key) ?? []) {
          if (!sequence.every((part, k) => keys[i + k] === part)) continue;
          const lexeme = sequenceLexeme(sequence);
          add(lexeme, firstKey + i, weight);
          found.add(lexeme);
        }
      });
    }
    next += FIELD_GAP;
    nextKey += FIELD_GAP;
  };
  ENGINE_FIELDS.forEach((name, i) => field(fields[i] ?? [], FIELD_WEIGHTS[name]));
  let count = 0;
  const literal: string[] = [];
  for (const [term, { entries, distinct }] of lexemes) {
    count += Math.min(distinct, MAX_POSITIONS_PER_LEXEME);
    literal.push(`${quoteLexeme(term)}:${entries.join(',')}`);
  }
  return { literal: literal.join(' '), positions: count, sequences: [...found] };
}

/** A lexeme as tsvector and tsquery literals write it: in single quotes, ' and \ doubled / escaped. */
export function quoteLexeme(term: string): string {
  // Most lexemes need no escape: two replaces per lexeme of every section were 3 % of a reindex.
  if (!term.includes("'") && !term.includes('\\')) return `'${term}'`;
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
