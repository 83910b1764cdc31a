// Words of one family that Snowball keeps apart (numérique / numérisation, territoire / territorial,
// Europe / européen): a small derivational step. Each pair swaps one French derivational suffix for
// another; a form it makes counts only if the reports use it, so the step never invents words.
import { foldWord } from './normalize';

/** [suffix, suffix]: either ending may replace the other (folded, without accents). */
const SUFFIX_PAIRS: readonly (readonly [string, string])[] = [
  ['isation', 'ique'], // numérisation / numérique
  ['iser', 'ique'], // numériser / numérique
  ['oire', 'orial'], // territoire / territorial
  ['oires', 'oriaux'],
  ['oire', 'oriale'],
  ['e', 'een'], // Europe / européen
  ['e', 'eenne'],
  ['ie', 'ique'], // économie / économique
  ['arite', 'aire'], // solidarité / solidaire, précarité / précaire
  ['ion', 'ionnel'], // profession / professionnel
  ['ion', 'ionnelle'],
  ['ment', 'mental'], // département / départemental
  ['ment', 'mentale'],
  ['ence', 'entiel'], // résidence / résidentiel
  ['sion', 'sif'], // inclusion / inclusif
  ['sion', 'sive'],
];

/** Stems shorter than this are too ambiguous to derive from (« e » / « een » on a three-letter word). */
const MIN_BASE_LENGTH = 4;

/** Folded forms derived from `word` by one suffix swap (including plural -s), not checked against any vocabulary. */
export function derivedForms(word: string): string[] {
  const folded = foldWord(word);
  const singular = folded.length > MIN_BASE_LENGTH + 1 && /[sx]$/u.test(folded) ? folded.slice(0, -1) : folded;
  const forms = new Set<string>();
  for (const base of new Set([folded, singular])) {
    for (const [a, b] of SUFFIX_PAIRS) {
      for (const [from, to] of [[a, b], [b, a]] as const) {
        if (!base.endsWith(from) || base.length - from.length < MIN_BASE_LENGTH) continue;
        const stem = base.slice(0, base.length - from.length);
        forms.add(stem + to);
        forms.add(`${stem + to}s`);
      }
    }
  }
  forms.delete(folded);
  return [...forms];
}
