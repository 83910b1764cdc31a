// What a heading looks like in extracted report text, and the look-alikes that are not headings
// (chart labels, figures, names with roles, list lines, timeline months, prose).
import { foldAccents } from '../../analysis';
import { looksLikePersonLine } from '../repair/signatures';

export { looksLikePersonLine };

const MONTHS = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
]);

export const MAX_TITLE_LENGTH = 160;
const MAX_TITLE_WORDS = 18;

/** « OCTOBRE », « Mars 2024 »: a month label of a timeline. */
export function isMonthLabel(text: string): boolean {
  // Split before folding: most lines are longer than two words, and folding every line of a report was
  // a twentieth of reading it.
  const words = text.split(' ');
  if (words.length > 2) return false;
  return MONTHS.has(foldAccents(words[0]!.toLowerCase())) && (words.length === 1 || /^\d{4}$/.test(words[1]!));
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** « 122 », « 3 500 », « • 6 530 », « 73% », « 85/100 »: a figure of a chart or a key number. */
export function isFigureLine(text: string): boolean {
  return /^(?:[•●]\s*)?(?:près de |plus de )?\d[\d ,./]*\s*(?:%|€|k€|M€|Md€)?$/iu.test(text);
}


function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Words of a title; punctuation standing alone (« : », « – ») is not a word. */
function words(title: string): string[] {
  return title.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Every word capitalised and only a few of them: a name or a label (« Réforme SERAFIN-PH », « GT Bâti »). */
function isNameOrLabel(title: string): boolean {
  const list = words(title);
  return list.length <= 3 && list.every((word) => !/^\p{Ll}/u.test(word));
}

/** Whether a (joined) candidate line reads as a section title. */
export function isTitleLike(title: string): boolean {
  const list = words(title);
  if (title.length < 3 || title.length > MAX_TITLE_LENGTH) return false;
  if (list.length < 2 || list.length > MAX_TITLE_WORDS) return false;
  if (/https?:|www\.|@/.test(title)) return false;
  const caps = isAllCaps(title);
  if (caps) {
    // Short all-caps lines are chart and map labels (« NORMANDIE », « PAYS DE LA LOIRE »).
    if (list.length < 5 && !title.includes(' : ')) return false;
  } else {
    if (!/^\p{Lu}/u.test(title)) return false;
    if (isNameOrLabel(title)) return false;
  }
  if (/^[«“"•(\-–—]/u.test(title)) return false;
  if (/[.,;:?]$/.test(title)) return false;
  // « 1 UNE ANNÉE DE COMBAT(S) 04 », « Éditorial ..... 3 »: an entry of a table of contents and its page.
  if (/[\p{L})][\s.…]+\d{1,3}$/u.test(title)) return false;
  if (/!$/.test(title) && list.length > 10) return false;
  // A quotation or a parenthesis left open: the line is cut out of a sentence.
  if (count(title, /«/g) !== count(title, /»/g) || count(title, /\(/g) !== count(title, /\)/g)) return false;
  // Two sentences are prose, not a title.
  if (/[.!?] \p{Lu}/u.test(title)) return false;
  const digits = (title.match(/\p{N}/gu) ?? []).length;
  const letters = (title.match(/\p{L}/gu) ?? []).length;
  return digits <= letters * 0.3;
}

/** An all-caps box title (« CCN66 : LE HAUT DEGRÉ… », « PAROLE À : … »), printed after its box. */
export function isBoxTitle(text: string): boolean {
  return isAllCaps(text) && isTitleLike(text);
}
