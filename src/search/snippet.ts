// Excerpts in the manner of Pagefind: the window of about 32 words holding the most distinct query
// words (then the most marks), cut at word boundaries, preferably at a sentence start; « … » only
// where text was cut; text HTML-escaped first, then <mark> wrapped around the matched words.
import type { Token } from '../analysis';
import type { TokenSpan } from './marks';
import { paragraphRanges } from './paragraphs';

export const SNIPPET_WORDS = 32;
/** How far before the first match to look for the start of its sentence. */
const SENTENCE_LOOKBACK = 10;
/** Words of context kept before the first match when no sentence start is near. */
const LEAD_IN = 4;
const ELLIPSIS = '…';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** Escaped, and every run of whitespace (line breaks, NBSP) made one space: an excerpt is one line. One pass. */
function escapeOnOneLine(text: string): string {
  return text.replace(/[&<>"']|\s+/g, (match) => HTML_ESCAPES[match] ?? ' ');
}

/** The whole text, escaped, with every span marked; whitespace and paragraphs kept. */
export function highlightText(text: string, tokens: readonly Token[], spans: readonly TokenSpan[]): string {
  return renderRange(text, 0, text.length, tokens, spans, escapeHtml);
}

/**
 * Each paragraph of `text` (as `paragraphRanges` cuts them), escaped, with the spans inside it marked;
 * a phrase running over a paragraph break is marked on both sides of it.
 */
export function highlightParagraphs(text: string, tokens: readonly Token[], spans: readonly TokenSpan[]): string[] {
  let next = 0; // first span not yet wholly before the current paragraph
  return paragraphRanges(text).map(({ start, end }) => {
    while (next < spans.length && tokens[spans[next]!.last]!.end <= start) next++;
    const inside: TokenSpan[] = [];
    for (let i = next; i < spans.length && tokens[spans[i]!.first]!.start < end; i++) {
      let { first, last } = spans[i]!;
      while (tokens[first]!.start < start) first++;
      while (tokens[last]!.end > end) last--;
      if (first <= last) inside.push({ first, last, key: spans[i]!.key });
    }
    return renderRange(text, start, end, tokens, inside, escapeHtml);
  });
}

/** A one-line excerpt of `text` around the spans (or its beginning when there is none). */
export function buildSnippet(
  text: string,
  tokens: readonly Token[],
  spans: readonly TokenSpan[],
  size = SNIPPET_WORDS,
): string {
  if (tokens.length === 0) return '';
  const [first, last] = chooseWindow(text, tokens, spans, size);
  const start = first === 0 ? 0 : startOfWord(text, tokens[first]!.start);
  let end = tokens[last]!.end;
  const closing = /^[.!?…)»”]+/u.exec(text.slice(end));
  if (closing) end += closing[0].length;
  const inside = spans.filter((span) => span.first >= first && span.last <= last);
  const body = renderRange(text, start, end, tokens, inside, escapeOnOneLine);
  return `${first > 0 ? `${ELLIPSIS} ` : ''}${body}${last < tokens.length - 1 ? ` ${ELLIPSIS}` : ''}`;
}

/** First and last token of the excerpt. */
function chooseWindow(text: string, tokens: readonly Token[], spans: readonly TokenSpan[], size: number): [number, number] {
  const lastToken = tokens.length - 1;
  if (spans.length === 0) return [0, Math.min(lastToken, size - 1)];
  let best = { from: 0, distinct: -1, count: -1 };
  for (const [i, anchor] of spans.entries()) {
    const keys = new Set<string>();
    let count = 0;
    for (let j = i; j < spans.length && spans[j]!.last < anchor.first + size - LEAD_IN; j++) {
      keys.add(spans[j]!.key);
      count++;
    }
    if (keys.size > best.distinct || (keys.size === best.distinct && count > best.count)) {
      best = { from: i, distinct: keys.size, count };
    }
  }
  const anchor = spans[best.from]!.first;
  const first = sentenceStartBefore(text, tokens, anchor) ?? Math.max(0, anchor - LEAD_IN);
  const last = Math.min(lastToken, first + size - 1);
  return [Math.max(0, Math.min(first, lastToken - size + 1)), last];
}

// Tokens start after an elided article (« l’attractivité » → « attractivité »): show it anyway.
function startOfWord(text: string, start: number): number {
  let from = start;
  while (from > 0 && /[\p{L}'’]/u.test(text[from - 1]!)) from--;
  return from;
}

function sentenceStartBefore(text: string, tokens: readonly Token[], anchor: number): number | undefined {
  for (let i = anchor; i >= Math.max(0, anchor - SENTENCE_LOOKBACK); i--) {
    if (i === 0) return 0;
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/[.!?…:]|\n/u.test(gap)) return i;
  }
  return undefined;
}

function renderRange(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  spans: readonly TokenSpan[],
  escape: (plain: string) => string,
): string {
  let html = '';
  let cursor = start;
  for (const span of spans) {
    const from = tokens[span.first]!.start;
    const to = tokens[span.last]!.end;
    if (from < cursor || to > end) continue;
    html += escape(text.slice(cursor, from)) + `<mark>${escape(text.slice(from, to))}</mark>`;
    cursor = to;
  }
  return html + escape(text.slice(cursor, end));
}
