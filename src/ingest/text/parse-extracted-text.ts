import type { OutlineEntry } from '../../types';

export interface ExtractedTextResult {
  /** Document title when the text shows one (the 2024 file starts with « Rétrospective 2024 »), else null. */
  title: string | null;
  outline: OutlineEntry[];
}

const ODD_SPACES = /[\u00a0\u202f\u2009\u2007\u200a]/g;

function clean(line: string): string {
  return line.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** `pages[i]` is the text of page i+1 (a .txt file is one page → page numbers null for .txt). */
export function parseExtractedText(pages: string[], options?: { pageNumbers?: boolean }): ExtractedTextResult {
  const paragraphs: string[] = [];
  let firstPage: number | null = null;
  pages.forEach((pageText, index) => {
    let current: string[] = [];
    const flush = (): void => {
      const joined = clean(current.join(' '));
      if (joined) {
        paragraphs.push(joined);
        if (firstPage === null) firstPage = index + 1;
      }
      current = [];
    };
    for (const line of pageText.split(/\r?\n/)) {
      if (clean(line) === '') flush();
      else current.push(line);
    }
    flush();
  });
  const title = paragraphs.length > 0 && (paragraphs[0] ?? '').length <= 80 ? (paragraphs.shift() ?? null) : null;
  const outline: OutlineEntry[] = paragraphs.length
    ? [{ title: title ?? 'Introduction', level: 1, page: options?.pageNumbers ? firstPage : null, text: paragraphs.join('\n\n') }]
    : [];
  return { title, outline };
}
