// The PDF renderings of the 2020 report used to measure how well a PDF's structure is read
// (scripts/make-structure-fixtures.ts prints them; scripts/eval-structure.ts and the tests read them).

export interface StructureLayout {
  file: string;
  description: string;
  /** Heading levels Chromium writes as bookmarks (`outline: true`); the others are styled paragraphs. */
  bookmarkedLevels: number[];
  css: string;
  /** Chromium header / footer templates (running header, folio); '' for none. */
  header: string;
  footer: string;
}

const SMALL = 'font-size:8px; font-family:"DejaVu Sans"; width:100%; margin:0 18mm; color:#555;';

const TOC_AND_COVER = `
  .cover { font-size: 34pt; font-weight: bold; margin-top: 80mm; break-after: page; }
  .toc { break-after: page; }
  .toc-title { font-size: 20pt; font-weight: bold; margin-bottom: 8mm; }
  .toc-row { display: flex; justify-content: space-between; font-size: 10pt; margin: 1.5mm 0; }
  table { border-collapse: collapse; } td, th { padding: 1pt 6pt; text-align: left; }
  img { display: none; }`;

export const STRUCTURE_LAYOUTS: StructureLayout[] = [
  {
    file: 'une-colonne-signets.pdf',
    description: 'une colonne, signets complets, folio en pied de page',
    bookmarkedLevels: [1, 2, 3],
    css: `${TOC_AND_COVER}
      body { font-family: "DejaVu Serif"; font-size: 11pt; line-height: 1.45; }
      h1 { font-size: 22pt; break-before: page; margin: 0 0 10pt; }
      h2 { font-size: 15pt; margin: 16pt 0 6pt; }
      h3 { font-size: 12.5pt; margin: 12pt 0 4pt; }
      p, li { margin: 0 0 6pt; text-align: justify; }`,
    header: '',
    footer: `<div style='${SMALL} text-align:center;'><span class="pageNumber"></span></div>`,
  },
  {
    file: 'deux-colonnes-lettrines.pdf',
    description: 'deux colonnes, titre courant, folio, lettrines, signets partiels (niveaux 1 et 2)',
    bookmarkedLevels: [1, 2],
    css: `${TOC_AND_COVER}
      body { font-family: "DejaVu Serif"; font-size: 10pt; line-height: 1.4; }
      section.chapter { column-count: 2; column-gap: 9mm; }
      h1 { column-span: all; font-size: 20pt; break-before: page; margin: 0 0 10pt; font-family: "DejaVu Sans"; }
      h2 { font-size: 13pt; margin: 12pt 0 5pt; font-family: "DejaVu Sans"; }
      p.h3 { font-size: 11pt; font-weight: bold; margin: 10pt 0 3pt; }
      p, li { margin: 0 0 5pt; text-align: justify; hyphens: auto; }
      h1 + p::first-letter, h2 + p::first-letter { float: left; font-size: 3.3em; line-height: 0.85; margin: 2pt 3pt 0 0; font-weight: bold; }`,
    header: `<div style='${SMALL} text-align:right;'>Nexem · Rapport annuel 2020 · <span class="pageNumber"></span></div>`,
    footer: `<div style='${SMALL} text-align:center;'><span class="pageNumber"></span></div>`,
  },
  {
    file: 'magazine-sans-signets.pdf',
    description: 'magazine sans signets : titres distingués par taille, graisse et couleur ; trois colonnes à partir du chapitre 3',
    bookmarkedLevels: [],
    css: `${TOC_AND_COVER}
      body { font-family: "DejaVu Sans"; font-size: 9.5pt; line-height: 1.35; color: #222; }
      section.chapter { column-count: 2; column-gap: 7mm; }
      section.chapter:nth-of-type(n+4) { column-count: 3; column-gap: 5mm; }
      h1 { column-span: all; font-size: 24pt; font-weight: 900; color: #c2185b; break-before: page; margin: 0 0 8pt; }
      h2 { font-size: 12.5pt; font-weight: bold; color: #00796b; text-transform: uppercase; margin: 10pt 0 4pt; }
      p.h3 { font-size: 10.5pt; font-weight: bold; color: #c2185b; margin: 8pt 0 2pt; }
      p, li { margin: 0 0 4pt; }
      h1 + p::first-letter { float: left; font-size: 3em; line-height: 0.85; margin: 2pt 3pt 0 0; color: #c2185b; }
`,
    header: '',
    footer: `<div style='${SMALL} text-align:left;'>Rapport annuel 2020 — Nexem — <span class="pageNumber"></span></div>`,
  },
  {
    // Added after the reader was written, as a report nobody had seen: its level-3 titles are bold at the
    // body size under larger ones, and its justified narrow columns have wide word spaces.
    file: 'serif-deux-colonnes-sans-signets.pdf',
    description: 'deux colonnes justifiées sans signets : titres de niveau 3 en gras à la taille du texte, niveau 2 en couleur, folio dans le titre courant',
    bookmarkedLevels: [],
    css: `${TOC_AND_COVER}
      body { font-family: "DejaVu Serif"; font-size: 9.5pt; line-height: 1.4; }
      section.chapter { column-count: 2; column-gap: 8mm; }
      h1 { column-span: all; font-size: 18pt; break-before: page; margin: 0 0 8pt; }
      h2 { font-size: 12pt; color: #1a4f8b; margin: 10pt 0 4pt; }
      p.h3 { font-size: 9.5pt; font-weight: bold; margin: 8pt 0 2pt; }
      p, li { margin: 0 0 4pt; text-align: justify; }`,
    header: `<div style='${SMALL} text-align:right;'><span class="pageNumber"></span> | Nexem</div>`,
    footer: '',
  },
  {
    // Also added after the reader was written: level-2 titles in small capitals barely larger than the
    // text, level-3 titles bold italic at the text size, « Page N / M » folios.
    file: 'institutionnel-petites-capitales.pdf',
    description: 'une colonne sans signets : titres centrés en capitales, niveau 2 en petites capitales, niveau 3 gras italique à la taille du texte',
    bookmarkedLevels: [],
    css: `${TOC_AND_COVER}
      body { font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.5; }
      h1 { font-size: 16pt; text-transform: uppercase; text-align: center; border-bottom: 1px solid #000; break-before: page; margin: 0 0 12pt; }
      h2 { font-size: 11pt; font-variant: small-caps; margin: 14pt 0 4pt; }
      p.h3 { font-size: 10pt; font-style: italic; font-weight: bold; margin: 10pt 0 2pt; }
      p, li { margin: 0 0 6pt; }`,
    header: `<div style='${SMALL} text-align:left;'>Nexem — Rapport annuel 2020</div>`,
    footer: `<div style='${SMALL} text-align:right;'>Page <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  },
];
