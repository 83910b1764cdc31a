// Prints the reports of tests/fixtures/pdf/unseen/ (HTML written after the PDF reader, in layouts its
// rules were not made for) to PDF with Debian's Chromium, and writes each one's gold beside it:
//   npx tsx scripts/make-unseen-fixtures.ts
// The gold is the HTML's own h1–h3 (level = the tag's) and its text as a reader sees it. Each HTML carries
// its print header and footer in <template id="pdf-header"> and <template id="pdf-footer">, and may name
// its table-of-contents page in <meta name="contents-page">, its title in <meta name="report-title"> when
// the PDF's Title is not it (printed without a <title>: « about:blank »; or a wrong one on purpose), and
// mark furniture printed in the page itself (a running header, a contents list) with data-nogold. The reports
// of TAGGED_VARIANTS are also printed as tagged PDFs (`<id>-balises.pdf`, no bookmarks), whose heading tags
// give the structure their layout alone does not.
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
/** Layouts whose box titles, captions or glossary terms the layout alone takes for headings. */
const TAGGED_VARIANTS = new Set(['magazine-cesures', 'notes-glossaire']);

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
      // Furniture printed in the page itself (a running header, a contents list), marked data-nogold, is no text.
      const furniture = [...document.querySelectorAll<HTMLElement>('[data-nogold]')];
      for (const element of furniture) element.style.display = 'none';
      const text = document.body.innerText.replace(/\u00ad/g, '');
      for (const element of furniture) element.style.display = '';
      return {
        // The report's title is in a meta when the PDF's Title is not it: printed without a <title> (the
        // page's address), or with an editor's default name on purpose (« Document sans titre »).
        gold: { title: document.querySelector('meta[name="report-title"]')?.getAttribute('content') || document.title, contentsPage: contentsPage ? Number(contentsPage) : null, headings, text },
        header: header!,
        footer: footer!,
      };
    });
    const id = file.replace(/\.html$/, '');
    const print = (tagged: boolean) => page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: footer, tagged });
    for (const [base, tagged] of [[`${DIR}${id}`, false], ...(TAGGED_VARIANTS.has(id) ? [[`${DIR}${id}-balises`, true] as const] : [])] as const) {
      const pdf = await print(tagged);
      await writeFile(`${base}.pdf`, pdf);
      await writeFile(`${base}.gold.json`, `${JSON.stringify(gold satisfies UnseenGold, null, 1)}\n`);
      console.log(`${base}.pdf (${Math.round(pdf.length / 1024)} Ko), ${gold.headings.length} titres`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
