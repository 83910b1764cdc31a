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

// Units NFKC is applied to: a run of ASCII not followed by a combining mark (left as it is), or a base
// character with the combining marks that follow it.
const CLUSTER = /[\x00-\x7f]+(?!\p{M})|\P{M}\p{M}*|\p{M}+/gu;
const ASCII = /^[\x00-\x7f]+$/;

export function normalizeForms(text: string): NormalizedText {
  // ICU's quick check makes this cheap on text already in NFKC, which is nearly every text.
  if (text.normalize('NFKC') === text) return { text, starts: null, ends: null };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const unit = match[0];
    const ascii = ASCII.test(unit);
    const piece = ascii ? unit : unit.normalize('NFKC');
    for (let i = 0; i < piece.length; i++) {
      starts.push(ascii ? match.index + i : match.index);
      ends.push(ascii ? match.index + i + 1 : match.index + unit.length);
    }
    out += piece;
  }
  return { text: out, starts, ends };
}
