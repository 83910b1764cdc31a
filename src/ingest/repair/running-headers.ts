// Folios and running headers are page furniture, not report text.
export interface PagedLine {
  text: string;
  page: number;
  /** Set on the blanked folio line: a printed page (spread) ends here. */
  pageEnd?: boolean;
}

/** « 20 21 », « 36 37 »: the two page numbers of a printed spread. */
export function isSpreadFolio(text: string): boolean {
  const match = /^(\d{1,3}) (\d{1,3})$/.exec(text);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Blanks out folios, the all-caps running header printed next to a folio, page numbers standing
 * alone, and (for multi-page input) lines repeated on many pages. Lines are blanked rather than
 * removed so block boundaries survive.
 */
export function dropRunningHeaders<T extends PagedLine>(lines: T[], pageCount: number): T[] {
  const noise = new Set<number>();
  const nonBlank = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.text !== '');
  nonBlank.forEach(({ line, index }, position) => {
    if (!isSpreadFolio(line.text)) return;
    noise.add(index);
    // The running header is printed just before the folio; the all-caps line after it is the
    // next page's own label (« HAUTS-DE-FRANCE »), so it stays.
    const header = nonBlank[position - 1];
    if (header && isAllCaps(header.line.text)) noise.add(header.index);
  });
  if (pageCount >= 3) {
    const pagesByLine = new Map<string, Set<number>>();
    for (const { line } of nonBlank) {
      const pages = pagesByLine.get(line.text) ?? new Set<number>();
      pages.add(line.page);
      pagesByLine.set(line.text, pages);
    }
    // Pages without text (unreadable in a damaged file, or image-only) cannot repeat anything.
    const pagesWithText = new Set(nonBlank.map(({ line }) => line.page)).size;
    const threshold = Math.max(Math.min(3, pagesWithText), 2, Math.ceil(pagesWithText * 0.3));
    for (const { line, index } of nonBlank) {
      const repeated = (pagesByLine.get(line.text)?.size ?? 0) >= threshold;
      const pageNumber = line.text === String(line.page) || /^(?:page|p\.)\s*\d+(?:\s*\/\s*\d+)?$/i.test(line.text);
      if (repeated || pageNumber) noise.add(index);
    }
  }
  return lines.map((line, index) => {
    if (!noise.has(index)) return line;
    return isSpreadFolio(line.text) ? { ...line, text: '', pageEnd: true } : { ...line, text: '' };
  });
}
