// Unicode normalisation, the first step of analysis: « é » typed as e + combining accent (some
// keyboards, copy-pastes from PDFs), full-width « ＣＣＵＥ », ligatures « ﬁ » all become the plain form
// the reports are indexed under. NFKC may change lengths (« … » → « ... »), so every character of the
// result keeps the span of the original text it comes from: highlights still mark the words as written.

export interface NormalizedText {
  text: string;
  /** Original offset where the character at each index of `text` comes from; null when `text` is the original. */
  starts: number[] | null;
  /** Original offset just after it. */
  ends: number[] | null;
}

/**
 * Characters of French text that NFKC leaves unchanged and that never combine with a neighbour: a text
 * made of them only (nearly every paragraph) skips the normalisation. Checked character by character
 * in tests/analysis/unicode-forms.test.ts.
 */
export const NFKC_STABLE =
  /^[\t\n\r\x20-\x7e\u00a1-\u00a7\u00a9\u00ab-\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bf-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]*$/;

// A base character with the combining marks that follow it: the unit NFKC composes.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

export function normalizeForms(text: string): NormalizedText {
  if (NFKC_STABLE.test(text)) return { text, starts: null, ends: null };
  const normalized = text.normalize('NFKC');
  if (normalized === text) return { text, starts: null, ends: null };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const piece = match[0].normalize('NFKC');
    for (let i = 0; i < piece.length; i++) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    out += piece;
  }
  return { text: out, starts, ends };
}
