// Where the paragraphs of a section text are: separated by a blank line (see Section.text in
// src/types.ts). The report page and the highlighter must cut a text the same way, so both use this.

/** Character offsets `[start, end)` of a paragraph, surrounding whitespace excluded. */
export interface TextRange {
  start: number;
  end: number;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
const SPACE = /\s/u;

/** The non-empty paragraphs of `text`, in order. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const add = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && SPACE.test(text[start]!)) start++;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  };
  let from = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    add(from, match.index);
    from = match.index + match[0].length;
  }
  add(from, text.length);
  return ranges;
}
