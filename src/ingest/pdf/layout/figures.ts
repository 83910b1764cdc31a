// Figures set large in a report (« 84 % », « 1 240 », « 4,5 mois »): never a heading, though set like one.

/** A heading has a word: a figure printed large (« 84 % », « 15 291 ») is not one. */
const HAS_WORD = /\p{L}{3}/u;
/**
 * One figure with a unit (« 78 % », « 44,2 ans », « 27,6 M€ »; « 0 à 3 ans » is a title, « à » no unit),
 * its thousands in groups of three so that a row of figures splits one way only (a pattern free to split
 * « 1 842 967 » anywhere took seconds on a long line).
 */
const FIGURE_WITH_UNIT = String.raw`[+−-]?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?:\s?(?:%|€|[kM]d?€)|\s(?:ans?|mois|jours?|j|h|heures|ETP|pts?|points|t|kg|km|m2|m²)(?![\p{L}\d]))?`;
/**
 * Nor is a key figure with its unit (« 4,5 mois », « 312 structures »): a number and one word in lower
 * case (a numbered title goes on with a capital, « 2. Gouvernance »; « 2020 en chiffres » is a title), or
 * a share or an amount and a few words (« 38 % des salariés »); nor a row of key figures set side by side
 * and read as one line (« 78 % 44,2 ans »).
 */
const KEY_FIGURE = new RegExp(String.raw`^[+−-]?\d[\d\s.,]*(?:(?:\s+\p{Ll}\S*)?|\s?[%€](?:\s+\p{Ll}\S*){0,4})$|^(?:${FIGURE_WITH_UNIT}\s+){1,3}${FIGURE_WITH_UNIT}$`, 'u');

/** Whether a line or a block is a figure set out, not words: no word at all, or a key figure. */
export function isFigure(text: string): boolean {
  return !HAS_WORD.test(text) || KEY_FIGURE.test(text);
}
