import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file';
import { extractPdf } from '../../src/ingest/pdf/extract-pdf';
import { DAMAGE_WARNING_THRESHOLD, interpretPdfExtraction } from '../../src/ingest/pdf/read-pdf';
import type { FileOutcome, IngestProblemKind } from '../../src/types';

const fixture = (path: string) => readFile(new URL(`../fixtures/${path}`, import.meta.url));

async function ingestFixture(path: string): Promise<FileOutcome> {
  return ingestFile({ name: path.replace(/.*\//, ''), bytes: await fixture(path) });
}

describe('PDF reader on the two-column fixture', async () => {
  const outcome = await ingestFixture('pdf/rapport-activite-2022.pdf');
  if (outcome.status !== 'indexed') throw new Error(`fixture not indexed: ${JSON.stringify(outcome)}`);
  const { meta, sections } = outcome.report;
  const sectionWith = (words: string) => sections.find((section) => section.text.includes(words));

  it('reads the PDF metadata: title, year, page count', () => {
    expect(meta).toMatchObject({ id: 'rapport-activite-2022', title: 'Rapport d’activité 2022', year: 2022, format: 'pdf', pageCount: 3 });
    expect(outcome.warnings).toEqual([]);
  });

  it.each([
    ['difficultés de recrutement inédites', 1],
    ['Après le Ségur, les négociations de branche', 2],
    ['douze réunions paritaires', 2],
    ['Un guide pratique sur la cybersécurité', 3],
  ])('finds « %s » on page %i with its accents intact', (words, page) => {
    expect(sectionWith(words)?.page).toBe(page);
  });

  it('keeps the text of both columns and drops the running header and folios', () => {
    const all = sections.map((section) => section.text).join('\n\n');
    expect(all).toContain('Ce rapport retrace nos actions'); // right column of page 1
    expect(all).toContain('deux mille apprenants'); // last line of the last page
    expect(all).not.toContain('Nexem — Rapport d’activité 2022');
    expect(all.split('\n\n')).not.toContain('2');
  });
});

describe('PDF structure tags', () => {
  // Chromium tags h1–h6 as H1–H6 (`page.pdf({ tagged: true })`); the same report printed untagged has none.
  it.each<[string, boolean]>([
    ['unseen/magazine-cesures-balises.pdf', true],
    ['unseen/magazine-cesures.pdf', false],
  ])('%s: the heading tags read are the HTML’s headings, with their levels (tagged: %s)', async (file, tagged) => {
    const extraction = await extractPdf(await fixture(`pdf/${file}`));
    if (extraction.type !== 'result') throw new Error(extraction.type);
    const gold = JSON.parse((await fixture('pdf/unseen/magazine-cesures.gold.json')).toString('utf8')) as { headings: { title: string; level: number }[] };
    // CSS sets some in capitals: the PDF prints them so.
    const squeeze = (title: string) => title.replace(/\s+/g, '').toLowerCase();
    expect(extraction.headingTags.map((tag) => `${tag.level} ${squeeze(tag.title)}`)).toEqual(tagged ? gold.headings.map((heading) => `${heading.level} ${squeeze(heading.title)}`) : []);
    expect(extraction.headingTags.every((tag) => tag.page !== null && tag.top !== null)).toBe(true);
  });
});

describe('PDF and text files that cannot be indexed', () => {
  it.each<[string, IngestProblemKind, RegExp]>([
    ['bad/vide.pdf', 'empty', /vide\.pdf est vide/],
    ['bad/pas-un-pdf.pdf', 'not-pdf', /pas-un-pdf\.pdf n’est pas un PDF valide/],
    ['pdf/chiffre.pdf', 'encrypted', /chiffre\.pdf est protégé par un mot de passe/],
    ['pdf/tronque.pdf', 'damaged', /tronque\.pdf est endommagé ou tronqué/],
    ['pdf/scan-sans-texte.pdf', 'no-text', /scan sans couche texte ; passez-le à l’OCR/],
    ['bad/latin1.txt', 'not-utf8', /latin1\.txt n’est pas encodé en UTF-8 \(octet invalide à la position 21\) ; réenregistrez-le en UTF-8/],
  ])('%s → %s', async (path, kind, message) => {
    const outcome = await ingestFixture(path);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.problem.kind).toBe(kind);
    expect(outcome.problem.file).toBe(path.replace(/.*\//, ''));
    expect(outcome.problem.message).toMatch(message);
  });

  it('stops a PDF that takes longer than its time limit', async () => {
    const bytes = await fixture('pdf/rapport-activite-2022.pdf');
    expect(await extractPdf(bytes, { timeoutMs: 1 })).toEqual({ type: 'timeout', afterMs: 1 });
    // The caller's buffer is still usable after the worker was killed.
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('indexes a PDF full of reader warnings but flags its text as partial', () => {
    const result = interpretPdfExtraction('abime.pdf', Buffer.from('%PDF-1.7'), {
      type: 'result',
      pages: [
        {
          num: 1,
          width: 595,
          height: 842,
          items: [
            { str: 'Rapport abîmé', x: 56, y: 760, size: 18, width: 120, font: 'Helvetica-Bold' },
            { str: 'Un paragraphe qui a survécu.', x: 56, y: 720, size: 10, width: 140, font: 'Helvetica' },
          ],
        },
      ],
      total: 4,
      unreadablePages: [],
      bookmarks: [],
      headingTags: [],
      info: { title: null, creationYear: null },
      warnings: ['Warning: bad XRef entry'],
      warningCount: DAMAGE_WARNING_THRESHOLD + 280,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'abime.pdf', kind: 'damaged', message: expect.stringMatching(/texte partiel/) }),
    ]);
  });

  it('indexes the readable pages of a PDF with one damaged page, flagged as partial text', async () => {
    // The fixture with the object of page 2's content overwritten: pdf.js can no longer read that page.
    const bytes = Buffer.from(await fixture('pdf/rapport-activite-2022.pdf'));
    const damagedAt = bytes.indexOf('10 0 obj');
    expect(damagedAt).toBeGreaterThan(0);
    for (let offset = damagedAt; offset < damagedAt + 300; offset += 1) bytes[offset] = (offset * 7919) & 0xff;
    const outcome = await ingestFile({ name: 'page-abimee.pdf', bytes });
    expect(outcome.status).toBe('indexed');
    if (outcome.status !== 'indexed') return;
    expect(outcome.warnings).toEqual([
      { file: 'page-abimee.pdf', kind: 'damaged', message: 'page-abimee.pdf est endommagé (page 2 illisible sur 3) : texte partiel indexé ; remplacez-le par une copie saine.' },
    ]);
    const { sections } = outcome.report;
    expect(sections.find((section) => section.text.includes('difficultés de recrutement inédites'))?.page).toBe(1);
    expect(sections.find((section) => section.text.includes('Un guide pratique sur la cybersécurité'))?.page).toBe(3);
    expect(sections.some((section) => section.text.includes('douze réunions paritaires'))).toBe(false);
  });

  // polices-sans-unicode.pdf: a Writer report printed to PostScript and back (pdftops, ps2pdf): its fonts no
  // longer say which letters they draw, and every reader gets control characters for its words.
  it('indexes a PDF whose fonts do not say which letters they draw, and tells the operator its text is unreadable', async () => {
    const outcome = await ingestFixture('pdf/polices-sans-unicode.pdf');
    expect(outcome.status).toBe('indexed');
    if (outcome.status !== 'indexed') return;
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toMatchObject({ file: 'polices-sans-unicode.pdf', kind: 'garbled' });
    expect(outcome.warnings[0]!.message).toMatch(/^polices-sans-unicode\.pdf : texte illisible \(\d+ % de mots français seulement\) ; .* Réexportez-le depuis le logiciel d’origine/);
  });

  // rapport-en-anglais.pdf: an Erasmus+ project's interim report, in English (24 % French words), printed by Chromium.
  it.each(['writer/chapitre-question-sans-signets.pdf', 'producers/orientation-romain-signets-ghostscript.pdf', 'rapport-activite-2022.pdf', 'producers/aemo-accents-ot1.pdf', 'rapport-en-anglais.pdf'])(
    'raises no such warning on a readable report, in French or not: %s',
    async (path) => {
      const outcome = await ingestFixture(`pdf/${path}`);
      expect(outcome.status === 'indexed' && outcome.warnings).toEqual([]);
    },
  );

  // A truncated file (tronque.pdf: the first 2,120 bytes of the two-column fixture) has page objects and
  // one content stream but no page tree, catalog, fonts, cross-reference table or trailer: pdf.js cannot
  // open the document even with `stopAtErrors: false`, so no page can be read and the rejection stands.
  it('still rejects a truncated PDF whole, since pdf.js cannot open it', async () => {
    expect(await extractPdf(await fixture('pdf/tronque.pdf'))).toMatchObject({ type: 'error', name: 'InvalidPDFException', message: 'Invalid PDF structure.' });
  });

  it('pins pdfjs-dist at the version pdf-parse runs on (the worker calls pdf.js on the document pdf-parse opened)', async () => {
    const manifest = async (path: string) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8')) as { version: string; dependencies: Record<string, string> };
    const own = await manifest('../../package.json');
    const pdfParse = await manifest('../../node_modules/pdf-parse/package.json');
    const pdfjs = await manifest('../../node_modules/pdfjs-dist/package.json');
    expect(own.dependencies['pdfjs-dist']).toBe(pdfParse.dependencies['pdfjs-dist']);
    expect(pdfjs.version).toBe(own.dependencies['pdfjs-dist']);
  });

  it('skips formats it does not read, with a notice', async () => {
    expect(await ingestFile({ name: 'notes.docx', bytes: Buffer.from('PK') })).toMatchObject({
      status: 'skipped',
      file: 'notes.docx',
      message: expect.stringMatching(/format non pris en charge/),
    });
  });
});
