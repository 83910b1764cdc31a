// Prints the reports of tests/fixtures/pdf/producers/ with the programs that made them, producers the
// layout rules were not written on: pdfLaTeX for the `.tex` reports (a title page over larger chapters,
// the old OT1 encoding whose accents are drawn apart from their letters, two columns 10 pt apart with
// hyperref's bookmarks), LibreOffice Impress for the `.fodp` slide deck (its bookmarks, one per slide), and
// Ghostscript reprinting other fixtures' PDFs as « print to PDF » and « compress PDF » tools do:
//   npx tsx scripts/make-producer-fixtures.ts [--all]
// The golds (`<id>.gold.json`) are data written with each report, not derived here.
// Needs Debian's `texlive-latex-base`, `texlive-latex-recommended`, `texlive-lang-french`, `lmodern`,
// `libreoffice-impress`, `ghostscript` (10.00, Debian 12's) and `poppler-utils`, only to change a fixture:
// the PDFs are committed, and tests read them.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readCommandLine } from './lib/command-line';

const USAGE = `Usage : npx tsx scripts/make-producer-fixtures.ts [--all]

Imprime en PDF chaque rapport de tests/fixtures/pdf/producers/ dont le PDF manque ou est plus ancien que sa
source : les .tex avec pdfLaTeX (deux passes, pour le sommaire), les .fodp avec LibreOffice Impress, et des
PDF d’autres rapports réimprimés par Ghostscript (redistillés, ou passés par PostScript).
  --all             imprime tous les rapports
  --help            affiche cette aide

Code de sortie : 0 si les PDF sont écrits, 1 si pdfLaTeX, LibreOffice, Ghostscript ou pdftops manque ou échoue, 2 si la commande est mal formée.`;

const { all } = readCommandLine(USAGE, { all: { type: 'boolean' } }).values;

const DIR = fileURLToPath(new URL('../tests/fixtures/pdf/producers/', import.meta.url));
const run = promisify(execFile);
const mtime = (file: string) => stat(file).then((info) => info.mtimeMs, () => undefined);

/**
 * Other fixtures' PDFs printed again: a Chromium report with its bookmarks re-distilled by Ghostscript, as
 * « print to PDF » and « compress PDF » tools do (Debian 12's Ghostscript 10.00 garbles its ligatures,
 * « ünancier », and nests each chapter's bookmark under the one before), and a Writer report printed to
 * PostScript and back (`pdftops`, `ps2pdf`), whose fonts then no longer say which letters they draw.
 */
const REPRINTED: Readonly<Record<string, { source: string; via: 'ghostscript' | 'postscript' }>> = {
  'orientation-romain-signets-ghostscript.pdf': { source: 'orientation-romain-signets.pdf', via: 'ghostscript' },
  // Beside the other unreadable inputs (tests/ingest/pdf.test.ts), not a report of this suite.
  '../polices-sans-unicode.pdf': { source: '../writer/chapitre-question-sans-signets.pdf', via: 'postscript' },
};

/** The commands that print `source` into `out` as `pdf`. */
function commands(pdf: string, source: string, out: string, profile: string): [string, string[]][] {
  const reprint = REPRINTED[pdf];
  if (reprint?.via === 'ghostscript') return [['gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-o', join(out, basename(pdf)), join(DIR, source)]]];
  if (reprint?.via === 'postscript') return [['pdftops', [join(DIR, source), join(out, 'print.ps')]], ['ps2pdf', [join(out, 'print.ps'), join(out, basename(pdf))]]];
  if (source.endsWith('.tex')) {
    // Twice: the contents and the hyperref bookmarks are written on the first pass, read on the second.
    const latex: [string, string[]] = ['pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-output-directory', out, join(DIR, source)]];
    return [latex, latex];
  }
  return [['soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(DIR, source)]]];
}

// A profile of its own: a LibreOffice already open on this machine would otherwise take the conversion.
const profile = await mkdtemp(join(tmpdir(), 'producer-fixtures-'));
try {
  const printed = (await readdir(DIR)).filter((name) => /\.(?:tex|fodp)$/.test(name)).map((source): [string, string] => [source.replace(/\.\w+$/, '.pdf'), source]);
  for (const [pdf, source] of [...printed, ...Object.entries(REPRINTED).map(([name, { source }]): [string, string] => [name, source])].sort()) {
    const written = await mtime(join(DIR, pdf));
    if (!all && written !== undefined && written >= ((await mtime(join(DIR, source))) ?? 0)) continue;
    const out = await mkdtemp(join(tmpdir(), 'producer-pdf-'));
    try {
      for (const [command, args] of commands(pdf, source, out, profile)) await run(command, args, { cwd: out });
      await copyFile(join(out, basename(pdf)), join(DIR, pdf));
      console.log(`${DIR}${pdf}`);
    } catch (error) {
      console.error(`${pdf} : échec de l’impression (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Installez texlive-latex-recommended, texlive-lang-french, lmodern, libreoffice-impress, ghostscript et poppler-utils.`);
      process.exitCode = 1;
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
} finally {
  await rm(profile, { recursive: true, force: true });
}
