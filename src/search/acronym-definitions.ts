// Acronyms the reports define themselves: « l’Agence nationale d’appui à la performance (ANAP) », « START
// (service territorial d’accès à des ressources transdisciplinaires) ». Found with the algorithm of
// Schwartz & Hearst (« A simple algorithm for identifying abbreviation definitions in biomedical text »,
// 2003), the reference for this task: the long form is the shortest run of words before the parenthesis
// whose letters contain the acronym's, in order, its first letter opening a word. Since that shortest run
// can start inside the long form (« [assistant] aux projet et parcours de vie (APPV) »), a run whose
// words' initials spell the acronym, stop words aside, is preferred when there is one.
import { analyzeWord, countWords, foldAccents, tokenize } from '../analysis';

export interface AcronymDefinition {
  /** As written: « ANAP ». */
  acronym: string;
  /** As first written: « Agence nationale d’appui à la performance ». */
  longForm: string;
  /** How many sections define it this way. */
  sections: number;
}

// An acronym: 2 to 10 letters or digits, starting with a letter, at least two capitals.
const ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{L}[\p{L}\p{N}&-]{1,9}$/u;
// A parenthesis the text forgot to close ends with its sentence: « START (service territorial… transdisciplinaires. Il s’agit… ».
const PARENTHESIS = /\(([^()]{1,200}?)(?:\)|\.(?=\s|$))/gu;
const WORD_SEPARATOR = /[\s'’-]/u;

/** Definitions in one text, in the order they appear. */
export function findDefinitions(text: string): Omit<AcronymDefinition, 'sections'>[] {
  const found: Omit<AcronymDefinition, 'sections'>[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    const inside = match[1]!.trim();
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    // « long form (SF) », possibly « (ou SF) », « (SF) » followed by nothing else.
    const shortInside = inside.replace(/^(?:ou|soit|dit|dite)\s+/iu, '');
    if (ACRONYM.test(shortInside)) {
      const longForm = longFormBefore(shortInside, before);
      if (longForm) found.push({ acronym: shortInside, longForm });
      continue;
    }
    // « SF (long form) »: the acronym is the word right before the parenthesis.
    const previous = /([\p{L}\p{N}&-]+)\s*$/u.exec(before)?.[1];
    if (previous && ACRONYM.test(previous) && countWords(inside) >= 2) {
      const longForm = initialsLongForm(previous, inside, true) ?? bestLongForm(previous, inside);
      if (longForm && isPlausible(previous, longForm)) found.push({ acronym: previous, longForm });
    }
  }
  return found;
}

/** Every definition across texts, one per acronym and long form, most widespread first. */
export function collectDefinitions(texts: Iterable<string>): AcronymDefinition[] {
  const byKey = new Map<string, AcronymDefinition>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const definition of findDefinitions(text)) {
      const key = `${definition.acronym}\u0000${foldAccents(definition.longForm.toLowerCase())}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = byKey.get(key);
      if (known) known.sections++;
      else byKey.set(key, { ...definition, sections: 1 });
    }
  }
  return [...byKey.values()].sort((a, b) => b.sections - a.sections || a.acronym.localeCompare(b.acronym, 'fr'));
}

function longFormBefore(acronym: string, before: string): string | undefined {
  // Schwartz & Hearst look at most min(|A| + 5, 2|A|) words back.
  const letters = [...acronym].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  const words = before.replace(/\s+/gu, ' ').trimEnd().split(' ');
  const window = words.slice(-Math.min(letters + 5, letters * 2)).join(' ');
  const longForm = initialsLongForm(acronym, window, false) ?? bestLongForm(acronym, window);
  return longForm && isPlausible(acronym, longForm) ? longForm : undefined;
}

/**
 * The end of `text` (all of it when `whole`) whose words other than stop words start with the acronym's
 * letters, one each: « assistant aux projet et parcours de vie » for APPV.
 */
export function initialsLongForm(acronym: string, text: string, whole: boolean): string | undefined {
  const letters = [...fold(acronym)].filter((c) => /\p{L}/u.test(c)).join('');
  const words = tokenize(text).filter((token) => !analyzeWord(token.surface).stop);
  const first = whole ? 0 : words.length - letters.length;
  if (first < 0 || words.length - first !== letters.length) return undefined;
  const initials = words.slice(first).map((token) => fold(token.surface).charAt(0)).join('');
  return initials === letters ? text.slice(words[first]!.start).trim() : undefined;
}

/** The shortest end of `text` containing the acronym's letters in order, the first one opening a word. */
export function bestLongForm(acronym: string, text: string): string | undefined {
  const short = [...fold(acronym)];
  const long = [...fold(text)];
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!;
    if (!/[\p{L}\p{N}]/u.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && !WORD_SEPARATOR.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = Math.max(0, long.slice(0, l + 1).join('').search(/\S*$/u));
  // `fold` keeps one character per character, so offsets in the folded text are offsets in `text`.
  const longForm = [...text].slice(start).join('').trim().replace(/[,;:.]+$/u, '');
  // The first letter may open an elided word (« l’Agence »): the article is no part of the name.
  return longForm.replace(/^(?:l|d|qu)['’]/iu, '') || undefined;
}

function fold(text: string): string {
  return [...text].map((c) => foldAccents(c.toLowerCase()).charAt(0) || c).join('');
}

// A long form is words, not the acronym again nor a single word (« (CNAPE) » after « la CNAPE »).
function isPlausible(acronym: string, longForm: string): boolean {
  if (countWords(longForm) < 2) return false;
  if (fold(longForm).includes(fold(acronym))) return false;
  return longForm.length > acronym.length;
}
