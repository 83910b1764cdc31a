// Prints corpus/rapport-annuel-2020.md to PDF in several layouts (scripts/lib/structure-layouts.ts), with Debian's Chromium, for the structure
// evaluation (`npm run eval:structure`) and tests/ingest/pdf/structure.test.ts:
//   npx tsx scripts/make-structure-fixtures.ts
// The gold stays the markdown itself (src/ingest/markdown.ts): these PDFs are only other renderings of it.
// Two liberties, both mirroring what the markdown reader does: the chapter markers `# 1` + `## Titre` are
// printed as one chapter title « 1 — Titre », and the « Sommaire » is printed as a table-of-contents page
// (not a heading), since the reader drops it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { STRUCTURE_LAYOUTS, type StructureLayout } from './lib/structure-layouts';
import { readCommandLine } from './lib/command-line';

const USAGE = `Usage : npx tsx scripts/make-structure-fixtures.ts

Imprime corpus/rapport-annuel-2020.md en PDF dans chaque mise en page de scripts/lib/structure-layouts.ts (Chromium de Debian) et les écrit
dans tests/fixtures/pdf/structure/ (ou dans $STRUCTURE_FIXTURES_DIR), pour npm run eval:structure.
  --help            affiche cette aide

Code de sortie : 0 si les PDF sont écrits, 2 si la commande est mal formée.`;

readCommandLine(USAGE, {});

const SOURCE = fileURLToPath(new URL('../corpus/rapport-annuel-2020.md', import.meta.url));
const OUT_DIR = process.env.STRUCTURE_FIXTURES_DIR ?? fileURLToPath(new URL('../tests/fixtures/pdf/structure/', import.meta.url));

interface MarkdownParts {
  title: string;
  tableOfContents: string[];
  body: string;
}

/** Cuts the source into its cover title, its printed table of contents and the report proper. */
function splitSource(source: string): MarkdownParts {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const titleAt = lines.findIndex((line) => /^# /.test(line));
  const tocAt = lines.findIndex((line) => /^# Sommaire\s*$/.test(line));
  const bodyAt = lines.findIndex((line, index) => index > tocAt && /^# /.test(line));
  const body = lines
    .slice(bodyAt)
    .join('\n')
    .replace(/^# (\d{1,2})\n+## (.+)$/gm, '# $1 — $2')
    .replace(/^# (\d{1,2}) (\p{L}.*)$/gmu, '# $1 — $2');
  return {
    title: (lines[titleAt] ?? '# Rapport').replace(/^# /, ''),
    tableOfContents: lines.slice(tocAt + 1, bodyAt).filter((line) => line.trim() !== ''),
    body,
  };
}

function tocHtml(lines: string[]): string {
  const rows = lines.map((line) => {
    const [label = '', folio = ''] = line.split('\t');
    return `<div class="toc-row"><span>${label}</span><span>${folio}</span></div>`;
  });
  return `<section class="toc"><div class="toc-title">Sommaire</div>${rows.join('')}</section>`;
}

function pageHtml(parts: MarkdownParts, layout: StructureLayout): string {
  let body = marked.parse(parts.body, { async: false }) as string;
  if (!layout.bookmarkedLevels.includes(3)) body = body.replace(/<h3([^>]*)>([\s\S]*?)<\/h3>/g, '<p class="h3"$1>$2</p>');
  // One <section> per chapter, so a layout can give some chapters a different number of columns.
  body = body
    .split(/(?=<h1[ >])/)
    .map((chapter) => `<section class="chapter">${chapter}</section>`)
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${parts.title}</title>
<style>@page { size: A4; margin: 22mm 18mm 20mm 18mm; } ${layout.css}</style></head>
<body><div class="cover">${parts.title}</div>${tocHtml(parts.tableOfContents)}<main>${body}</main></body></html>`;
}

async function main(): Promise<void> {
  const parts = splitSource(await readFile(SOURCE, 'utf8'));
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const layout of STRUCTURE_LAYOUTS) {
      const page = await browser.newPage();
      await page.setContent(pageHtml(parts, layout), { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        outline: layout.bookmarkedLevels.length > 0,
        tagged: layout.bookmarkedLevels.length > 0,
        displayHeaderFooter: layout.header !== '' || layout.footer !== '',
        headerTemplate: layout.header || '<span></span>',
        footerTemplate: layout.footer || '<span></span>',
      });
      await page.close();
      await writeFile(`${OUT_DIR}${layout.file}`, pdf);
      console.log(`${OUT_DIR}${layout.file} (${Math.round(pdf.length / 1024)} Ko) — ${layout.description}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
