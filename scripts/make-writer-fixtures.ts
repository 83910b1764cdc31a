// Exports the reports of tests/fixtures/pdf/writer/ (flat ODT files, as an association's staff write them
// in LibreOffice Writer or Word) to PDF with LibreOffice, the way such reports reach the archive:
//   npx tsx scripts/make-writer-fixtures.ts
// A fixture named `<id>-sans-signets.pdf` is `<id>.fodt` exported without bookmarks, so the layout alone
// gives its structure; one named `<id>-balises.pdf` is exported without bookmarks but tagged (Writer's
// « PDF balisé », Word's default), so its heading tags give it. A report with only a variant is exported
// only as that variant. The golds (`<id>.gold.json`) are data written with each report, not derived here:
// one report has no heading styles, so its titles are the ones its author meant.
// Needs Debian's `libreoffice-writer-nogui`, `hyphen-fr`, `fonts-crosextra-carlito` and
// `fonts-crosextra-caladea`; only to change a fixture: the PDFs are committed, and tests read them.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readCommandLine } from './lib/command-line';

const USAGE = `Usage : npx tsx scripts/make-writer-fixtures.ts [--all]

Exporte en PDF (LibreOffice Writer, soffice) chaque rapport .fodt de tests/fixtures/pdf/writer/ dont le PDF
manque ou est plus ancien que le .fodt, et ses variantes quand elles existent : sans signets (<id>-sans-signets.pdf),
sans signets mais balisé (<id>-balises.pdf).
  --all             exporte tous les rapports
  --help            affiche cette aide

Code de sortie : 0 si les PDF sont écrits, 1 si LibreOffice manque ou échoue, 2 si la commande est mal formée.`;

const { all } = readCommandLine(USAGE, { all: { type: 'boolean' } }).values;

const DIR = fileURLToPath(new URL('../tests/fixtures/pdf/writer/', import.meta.url));
const WITHOUT_BOOKMARKS = 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"}}';
const TAGGED_WITHOUT_BOOKMARKS = 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"},"UseTaggedPDF":{"type":"boolean","value":"true"}}';
const run = promisify(execFile);

const mtime = (file: string) => stat(file).then((info) => info.mtimeMs, () => undefined);
// A profile of its own: a LibreOffice already open on this machine would otherwise take the conversion.
const profile = await mkdtemp(join(tmpdir(), 'writer-fixtures-'));
try {
  for (const source of (await readdir(DIR)).filter((name) => name.endsWith('.fodt')).sort()) {
    const id = source.replace(/\.fodt$/, '');
    const targets = [
      { pdf: `${id}.pdf`, filter: 'pdf' },
      { pdf: `${id}-sans-signets.pdf`, filter: WITHOUT_BOOKMARKS },
      { pdf: `${id}-balises.pdf`, filter: TAGGED_WITHOUT_BOOKMARKS },
    ];
    // A report kept only as a variant (its headings tagged in ways bookmarks cannot tell) has no plain export.
    const variantOnly = (await mtime(join(DIR, `${id}.pdf`))) === undefined && (await Promise.all(targets.slice(1).map((target) => mtime(join(DIR, target.pdf))))).some((time) => time !== undefined);
    for (const { pdf, filter } of targets) {
      const printed = await mtime(join(DIR, pdf));
      if ((filter !== 'pdf' || variantOnly) && printed === undefined) continue;
      if (!all && printed !== undefined && printed >= ((await mtime(join(DIR, source))) ?? 0)) continue;
      const out = await mkdtemp(join(tmpdir(), 'writer-pdf-'));
      try {
        await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', out, join(DIR, source)]);
        await rename(join(out, `${id}.pdf`), join(DIR, pdf));
      } catch (error) {
        console.error(`${pdf} : échec de LibreOffice (${error instanceof Error ? error.message : String(error)}). Installez libreoffice-writer-nogui.`);
        process.exitCode = 1;
      } finally {
        await rm(out, { recursive: true, force: true });
      }
      if (process.exitCode !== 1) console.log(`${DIR}${pdf}`);
    }
  }
} finally {
  await rm(profile, { recursive: true, force: true });
}
