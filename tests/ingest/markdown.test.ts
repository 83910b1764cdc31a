import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/ingest/markdown';
import { buildSections } from '../../src/ingest/sections';

const source = await readFile(new URL('../../corpus/rapport-annuel-2020.md', import.meta.url), 'utf8');
const result = readMarkdown(source);
const sections = buildSections('rapport-annuel-2020', result.outline);
const byTitle = (title: string) => sections.find((section) => section.title === title);

describe('readMarkdown on the 2020 report', () => {
  it('takes the first heading as the document title, not as a section', () => {
    expect(result.title).toBe('Rapport annuel 2020');
    expect(sections.map((section) => section.title)).not.toContain('Rapport annuel 2020');
  });

  it('gives « La mission Laforcade » the breadcrumb of its parent headings', () => {
    const laforcade = byTitle('La mission Laforcade');
    expect(laforcade?.breadcrumb).toEqual(['1 — Une année de combat(s)', 'LES PRISES DE POSITION DE NEXEM']);
    expect(laforcade?.level).toBe(3);
    expect(laforcade?.text).toContain('Michel Laforcade');
  });

  it('merges the chapter markers « # 1 » + « ## Une année de combat(s) » into one chapter', () => {
    const chapters = sections.filter((section) => section.level === 1).map((section) => section.title);
    expect(chapters).toContain('1 — Une année de combat(s)');
    expect(chapters).toContain('2 — L’attractivité des métiers'.replace('’', "'"));
    expect(sections.map((section) => section.title)).not.toContain('1');
    expect(byTitle('Nous représentons')?.breadcrumb).toEqual(['3 — Les chiffres clefs 2020']);
  });

  it('leaves no Markdown or HTML markup in any title or text', () => {
    for (const section of sections) {
      for (const value of [section.title, section.text, ...section.breadcrumb]) {
        expect(value).not.toMatch(/\*\*|<\/?(sup|b|br)\b|\]\(|^#+ /m);
      }
    }
    expect(byTitle('PESER DANS LA DÉCISION PUBLIQUE, UNE URGENCE ET UN ENJEU')).toBeDefined();
    expect(byTitle('LE PROJET CONVENTIONNEL')?.text ?? '').not.toContain('1<sup>');
    expect(sections.some((section) => section.text.includes('1er février 2020'))).toBe(true);
  });

  it('keeps list items as lines of text without their bullet', () => {
    const proposals = byTitle('Le Livre Blanc est, avant tout, une invitation à passer à l’action.'.replace('’', "'"));
    const paragraphs = proposals?.text.split('\n\n') ?? [];
    expect(paragraphs).toContain('Proposition 7 : Agir sur les rémunérations et le pouvoir d\'achat');
    expect(paragraphs.filter((p) => p.startsWith('Proposition '))).toHaveLength(9);
    expect(proposals?.text).not.toMatch(/^- /m);
  });

  it('joins a paragraph cut by a stray blank line and a key figure with its caption', () => {
    const chapter = byTitle('1 — Une année de combat(s)');
    expect(chapter?.text).toContain('Plus que jamais, la mission de notre organisation');
    expect(byTitle('2020 en chiffres')?.text).toContain('44 Réunions paritaires de négociation CCN 66');
  });

  it('turns tab-separated tables into plain text rows', () => {
    expect(byTitle('Par région')?.text.split('\n\n')).toContain('Île-de-France : 348 · Mayotte : 2');
  });

  it('drops the table of contents and headings that have no text of their own', () => {
    const titles = sections.map((section) => section.title);
    expect(titles).not.toContain('Sommaire');
    expect(titles).not.toContain('LES CONSEILLERS TERRITORIAUX NEXEM AUPRÈS DES RÉGIONS');
    expect(sections.every((section) => section.text.trim() !== '')).toBe(true);
    // A text-less heading still names its children.
    expect(byTitle('ÉCLAIRER L\'INSTANT ET PRÉPARER L\'AVENIR')?.breadcrumb).toEqual(['Éditorial']);
  });
});

describe('readMarkdown on small documents', () => {
  it.each([
    ['emphasis and links', '## **Titre** _souligné_\n\nUn [lien](https://x.fr) et *care*.', 'Titre souligné', 'Un lien et care.'],
    ['inline HTML', '## Titre\n\nLe 1<sup>er</sup> jour<br>suivant <b>gras</b>.', 'Titre', 'Le 1er jour suivant gras.'],
    ['escaped asterisk and entities', '## Titre\n\nA \\* B &amp; C', 'Titre', 'A * B & C'],
    ['pipe table', '## Titre\n\n| a | b |\n|---|---|\n| 1 | 2 |', 'Titre', 'a · b\n\n1 · 2'],
  ])('%s', (_name, markdown, title, text) => {
    const { outline } = readMarkdown(markdown);
    expect(outline).toEqual([{ title, level: 2, page: null, text }]);
  });

  it('keeps a first heading that has text as a section when it is the only top-level one', () => {
    const { title, outline } = readMarkdown('# Bilan 2019\n\nTexte.\n\n## Partie\n\nSuite.');
    expect(title).toBe('Bilan 2019');
    expect(outline.map((entry) => entry.title)).toEqual(['Bilan 2019', 'Partie']);
  });

  it('does not take a first heading for the title when several top-level headings have text', () => {
    const { title, outline } = readMarkdown('# Introduction\n\nTexte.\n\n# Suite\n\nAutre.');
    expect(title).toBeNull();
    expect(outline).toHaveLength(2);
  });
});
