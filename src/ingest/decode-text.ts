import type { IngestProblem } from '../types';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: IngestProblem };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Strict UTF-8: a Latin-1 or Windows-1252 file would otherwise be indexed with « Ã© » for « é »
 * and never match a search. The problem names the first bad byte so the operator can check the file.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): DecodedText {
  try {
    // ignoreBOM: false → the decoder drops a leading BOM itself.
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const position = firstInvalidByte(bytes);
    return {
      ok: false,
      problem: {
        file,
        kind: 'not-utf8',
        message: `${file} n’est pas encodé en UTF-8 (octet invalide à la position ${position}) ; réenregistrez-le en UTF-8.`,
      },
    };
  }
}

/** Byte offset (from 0) of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong 3/4-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
