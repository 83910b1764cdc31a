import { describe, expect, it } from 'vitest';
import { createTermMarker, findSpans } from '../../src/search/marks';
import { compileQuery } from '../../src/search/query-expression';
import { parseQuery } from '../../src/search/query-parser';
import { analyseText } from '../../src/search/section-words';
import { buildSnippet, escapeHtml, highlightParagraphs, highlightText } from '../../src/search/snippet';

function snippetFor(query: string, text: string): string {
  const compiled = compileQuery(parseQuery(query));
  const words = analyseText(text);
  return buildSnippet(text, words.tokens, findSpans(words, createTermMarker(compiled.wordMatchers), compiled.phrases));
}

function highlight(query: string, text: string): string {
  const compiled = compileQuery(parseQuery(query));
  const words = analyseText(text);
  return highlightText(text, words.tokens, findSpans(words, createTermMarker(compiled.wordMatchers), compiled.phrases));
}

const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);

const filler = (n: number, word = 'texte') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('snippets', () => {
  it.each([
    ['negocier', 'Les négociations ont abouti.', ['négociations']],
    ['segur', 'Le Ségur de la santé.', ['Ségur']],
    ['CCUE', 'La CCUE et l’accueil des jeunes.', ['CCUE']],
    ['attractivite', 'L’attractivité des métiers.', ['attractivité']],
    ['"ségur pour tous"', 'Nexem veut le Ségur pour tous, pas un Ségur partiel.', ['Ségur pour tous']],
    ['tarif', 'Tarifs <b>tarif</b> & co.', ['Tarifs', 'tarif']],
    ['CCN66', 'La CCN66, la CCN 66 et la CCN66-CHRS, mais pas 66 % ni la CCN seule.', ['CCN66', 'CCN 66', 'CCN66-CHRS']],
    ['SERAFIN-PH', 'La réforme SERAFIN-PH, dite SERAFIN PH, pas PH seul.', ['SERAFIN-PH', 'SERAFIN PH']],
    ['"CCN 66"', 'La CCN66, la CCN 66, mais pas la CCN seule.', ['CCN66', 'CCN 66']],
    ['"CCN66 avenant"', 'La CCN 66 avenant 354, la CCN66 avenant 355.', ['CCN 66 avenant', 'CCN66 avenant']],
    ['"médico social"', 'Le secteur médico-social, le médico social, pas le social seul.', ['médico-social', 'médico social']],
    ['"secteur médico"', 'Le secteur médico-social.', ['secteur médico-social']],
  ])('for %j marks only the matched words as written', (query, text, words) => {
    expect(marked(snippetFor(query, text))).toEqual(words);
  });

  it.each([
    ['script', 'Un <script>alert("x")</script> dans le texte & co.'],
    ['img', '<img src=x onerror=alert(1)> img'],
    ['texte', 'a < b > c & d " e \' texte'],
  ])('never lets markup from the text through (%j)', (query, text) => {
    const html = snippetFor(query, text).replace(/<\/?mark>/g, '');
    expect(html).not.toMatch(/[<>]/);
    expect(html).toContain('&lt;');
  });

  it('puts « … » only where the text was cut', () => {
    const short = 'Les négociations ont abouti.';
    expect(snippetFor('négociations', short)).not.toContain('…');

    const long = `${filler(60)}. Les négociations ont abouti en décembre. ${filler(60, 'suite')}.`;
    const snippet = snippetFor('négociations', long);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>négociations</mark>');
    // Starts at the sentence of the match, not in the middle of the filler before it.
    expect(snippet.startsWith('… Les <mark>négociations</mark>')).toBe(true);

    const atStart = `Les négociations ont abouti. ${filler(80)}`;
    const first = snippetFor('négociations', atStart);
    expect(first.startsWith('Les')).toBe(true);
    expect(first.endsWith(' …')).toBe(true);
  });

  it('prefers the window holding the most distinct query words', () => {
    const text = `Financement seul. ${filler(50)}. Financement encore. ${filler(50, 'autre')}. La CCUE et son financement. ${filler(50, 'fin')}.`;
    const snippet = snippetFor('ccue financement', text);
    expect(marked(snippet)).toEqual(['CCUE', 'financement']);
  });

  it('keeps about 32 words and cuts at word boundaries', () => {
    const snippet = snippetFor('négociations', `${filler(40)} négociations ${filler(40, 'mot')}`);
    const words = snippet.replace(/<\/?mark>/g, '').replace(/…/g, '').trim().split(/\s+/);
    expect(words.length).toBeGreaterThanOrEqual(28);
    expect(words.length).toBeLessThanOrEqual(34);
    expect(words.every((word) => /^(texte|mot)\d+$|^négociations$/.test(word))).toBe(true);
  });

  it('begins with the text when nothing matches in it (title-only hit)', () => {
    expect(snippetFor('ccue', 'Un texte sans le mot.')).toBe('Un texte sans le mot.');
  });
});

describe('highlightText', () => {
  it('marks every occurrence in the whole text and keeps paragraphs', () => {
    const html = highlight('ségur', 'Le Ségur.\n\nUn autre segur & <i>Ségur</i>.');
    expect(html).toBe('Le <mark>Ségur</mark>.\n\nUn autre <mark>segur</mark> &amp; &lt;i&gt;<mark>Ségur</mark>&lt;/i&gt;.');
  });

  it('does not mark « accueil » for the acronym CCUE', () => {
    expect(marked(highlight('CCUE', 'La CCUE, l’accueil, les accueils.'))).toEqual(['CCUE']);
  });

  it('marks nothing for a query of stop words', () => {
    expect(highlight('le de la', 'Le secteur de la santé.')).toBe('Le secteur de la santé.');
  });
});

describe('highlightParagraphs', () => {
  function paragraphs(query: string, text: string): string[] {
    const compiled = compileQuery(parseQuery(query));
    const words = analyseText(text);
    return highlightParagraphs(text, words.tokens, findSpans(words, createTermMarker(compiled.wordMatchers), compiled.phrases));
  }

  it('marks each paragraph like the whole text, cut at blank lines', () => {
    expect(paragraphs('ségur', '  Le Ségur.\n \nUn autre segur & <i>Ségur</i>.\n\n\nFin.')).toEqual([
      'Le <mark>Ségur</mark>.',
      'Un autre <mark>segur</mark> &amp; &lt;i&gt;<mark>Ségur</mark>&lt;/i&gt;.',
      'Fin.',
    ]);
  });

  it('marks a phrase running over a paragraph break on both sides', () => {
    expect(paragraphs('"pour tous"', 'Le Ségur pour\n\ntous, enfin.')).toEqual(['Le Ségur <mark>pour</mark>', '<mark>tous</mark>, enfin.']);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
