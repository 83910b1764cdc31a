// Prints the reports of tests/fixtures/pdf/unseen/ (HTML written after the PDF reader, in layouts its
// rules were not made for) to PDF with Debian's Chromium, and writes each one's gold beside it:
//   npx tsx scripts/make-unseen-fixtures.ts
// The gold is the HTML's own h1–h3 (level = the tag's) and its text as a reader sees it. Each HTML carries
// its print header and footer in <template id="pdf-header"> and <template id="pdf-footer">, and may name
// its table-of-contents page in <meta name="contents-page"> and, printed without a <title> (the PDF's
// Title is then « about:blank »), its title in <meta name="report-title">.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { readCommandLine } from './lib/command-line';
import type { UnseenGold } from './lib/structure';

const USAGE = `Usage : npx tsx scripts/make-unseen-fixtures.ts [--all]

Imprime en PDF (Chromium de Debian) chaque rapport HTML de tests/fixtures/pdf/unseen/ dont le PDF manque
ou est plus ancien que le HTML, et écrit à côté son corrigé (titres h1–h3 et texte), pour npm run eval:structure.
  --all             réimprime tous les rapports
  --help            affiche cette aide

Code de sortie : 0 si les PDF sont écrits, 2 si la commande est mal formée.`;

const { all } = readCommandLine(USAGE, { all: { type: 'boolean' } }).values;

const DIR = fileURLToPath(new URL('../tests/fixtures/pdf/unseen/', import.meta.url));

const browser = await launchBrowser();
try {
  for (const file of (await readdir(DIR)).filter((name) => name.endsWith('.html')).sort()) {
    // A PDF printed again differs in its bytes (dates, ids): only what changed is printed.
    const printed = await stat(`${DIR}${file.replace(/\.html$/, '.pdf')}`).catch(() => undefined);
    if (!all && printed !== undefined && printed.mtimeMs >= (await stat(`${DIR}${file}`)).mtimeMs) continue;
    const page = await browser.newPage();
    await page.setContent(await readFile(`${DIR}${file}`, 'utf8'), { waitUntil: 'load' });
    // No named function inside: tsx would wrap it in a helper the page does not have.
    const { gold, header, footer } = await page.evaluate(() => {
      const [header, footer] = ['pdf-header', 'pdf-footer'].map((id) => document.querySelector<HTMLTemplateElement>(`template#${id}`)?.innerHTML ?? '<span></span>');
      const contentsPage = document.querySelector('meta[name="contents-page"]')?.getAttribute('content');
      const headings = [...document.querySelectorAll('h1, h2, h3')].map((element) => ({
        title: (element.textContent ?? '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim(),
        level: Number(element.tagName.slice(1)),
      }));
      return {
        // Printed without a <title>, a PDF's Title is the page's address: the gold's is then in a meta.
        gold: { title: document.title || (document.querySelector('meta[name="report-title"]')?.getAttribute('content') ?? ''), contentsPage: contentsPage ? Number(contentsPage) : null, headings, text: document.body.innerText.replace(/\u00ad/g, '') },
        header: header!,
        footer: footer!,
      };
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: footer });
    await page.close();
    const base = `${DIR}${file.replace(/\.html$/, '')}`;
    await writeFile(`${base}.pdf`, pdf);
    await writeFile(`${base}.gold.json`, `${JSON.stringify(gold satisfies UnseenGold, null, 1)}\n`);
    console.log(`${base}.pdf (${Math.round(pdf.length / 1024)} Ko), ${gold.headings.length} titres`);
  }
} finally {
  await browser.close();
}
