// Old TeX fonts (OT1, LaTeX's default encoding before `fontenc`) have no « é »: TeX draws an accent glyph
// over the letter, and text extraction gives the accent as a character of its own before it (« ´etabli »,
// « fran¸cais », « na¨ıf » with a dotless i). Other producers of the same era do likewise. A PDF shows
// where each accent is drawn (over the next letter: the PDF layout composes those, pdf/layout/lines.ts);
// extracted text does not, so there the whole document decides.

/** Spacing accents as extraction gives them, and the combining marks they stand for. */
const COMBINING: Readonly<Record<string, string>> = {
  '\u00b4': '\u0301', // ´ acute
  '`': '\u0300', // grave
  '\u02c6': '\u0302', // ˆ circumflex
  '\u00a8': '\u0308', // ¨ diaeresis
  '\u00b8': '\u0327', // ¸ cedilla
  '\u02dc': '\u0303', // ˜ tilde
};

/** One spacing accent, as a text item of its own or a character of a text. */
export const SPACING_ACCENT = /^[\u00b4`\u02c6\u00a8\u00b8\u02dc]$/;
/** An accent drawn before the letter it sits on (a dotless i takes the i's accents). */
const ACCENT_ON_LETTER = /([\u00b4`\u02c6\u00a8\u00b8\u02dc])([a-zA-Z\u0131])/g;
/** What French writes with those accents: composing anything else would invent a letter. */
const FRENCH_LETTER = /^[àâäéèêëîïôöùûüÿçñÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇÑ]$/u;
/** Accented letters written whole: a document that has them draws its accents as letters. */
const COMPOSED = /[àâäéèêëîïôöùûüÿçÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇ]/gu;
const DRAWN_APART = /[\u00b4`\u02c6\u00a8\u00b8\u02dc][a-zA-Z\u0131]/g;
/** Below this many, a few stray ´ and ` typed for apostrophes (« l´équipe ») are not an encoding. */
const MIN_DRAWN_APART = 3;

/**
 * Whether the document's accents are drawn apart from their letters: several accents before a letter,
 * and hardly any accented letter written whole (French text has some in nearly every sentence). Decided
 * for the whole document, since « l´église » typed with an acute for an apostrophe must stay as it is.
 */
export function accentsDrawnApart(texts: readonly string[]): boolean {
  let apart = 0;
  let whole = 0;
  for (const text of texts) {
    apart += text.match(DRAWN_APART)?.length ?? 0;
    whole += text.match(COMPOSED)?.length ?? 0;
  }
  return apart >= MIN_DRAWN_APART && whole * 10 < apart;
}

/**
 * « ´etablissements » → « établissements », « na¨ıf » → « naïf », « Gar¸con » → « Garçon »; babel's
 * stand-in guillemets (much-less-than signs, « ≪ texte ≫ ») become guillemets. For a document where
 * `accentsDrawnApart` holds.
 */
export function composeSpacingAccents(text: string): string {
  return text
    .replace(ACCENT_ON_LETTER, (pair, accent: string, letter: string) => {
      const composed = `${letter === '\u0131' ? 'i' : letter}${COMBINING[accent]}`.normalize('NFC');
      return FRENCH_LETTER.test(composed) ? composed : pair;
    })
    .replace(/\u226a/g, '«')
    .replace(/\u226b/g, '»');
}

/**
 * `word` with `accent` composed onto its first letter (« ´ » + « etablissements » → « établissements »),
 * or null when French has no such letter. For an accent a PDF shows drawn over that letter.
 */
export function accentOnWord(accent: string, word: string): string | null {
  const composed = composeSpacingAccents(accent + word.slice(0, 1));
  return composed.length === 1 ? composed + word.slice(1) : null;
}

/** Every text composed when the document draws its accents apart, else the texts as they are. */
export function withComposedAccents(texts: readonly string[]): string[] {
  return accentsDrawnApart(texts) ? texts.map(composeSpacingAccents) : [...texts];
}
