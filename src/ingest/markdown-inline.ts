// Inline Markdown/HTML → plain display text. Block structure is markdown.ts's job.

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// Private-use stand-ins so escaped characters (\*, \_) survive the emphasis stripping below.
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = '\\`*_{}[]()#+-.!<>|';

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Strips inline markup and keeps the words: `**x**`/`*x*`/`_x_` → x, `[t](u)` → t, images dropped,
 * HTML tags dropped with their inner text kept (`1<sup>er</sup>` → 1er), `<br>` → space.
 * Unpaired `*` left over by the converter (« 1.** la reconduction ») are removed too.
 */
export function cleanInline(markdown: string): string {
  let text = markdown.replace(/\\(.)/g, (whole, ch: string) =>
    ESCAPABLE.includes(ch) ? String.fromCharCode(ESCAPE_BASE + ESCAPABLE.indexOf(ch)) : whole,
  );
  text = text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/gi, '')
    .replace(/<!--[^]*?-->/g, '');
  // Repeated because emphasis nests (`***x***`, `**_x_**`).
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/(\*{1,3})(\S(?:[^]*?\S)?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(\S(?:[^]*?\S)?)\2(?![\p{L}\p{N}_])/gu, '$1$3');
  }
  text = text.replace(/\*+/g, '');
  text = decodeEntities(text);
  text = text.replace(/[\ue000-\ue0ff]/g, (ch) => ESCAPABLE[ch.charCodeAt(0) - ESCAPE_BASE] ?? ch);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
