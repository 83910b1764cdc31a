// File-system edge of the synthetic corpus: reads the real reports, writes the variants.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSyntheticCorpus, type SourceDocument, type SyntheticOptions } from './synthetic-corpus';

/** Marks a folder as ours, so regenerating may empty it without risk for anyone's real files. */
const MARKER = '.corpus-synthetique';

export interface WrittenCorpus {
  dir: string;
  files: number;
  bytes: number;
}

export function readSourceDocuments(corpusDir: string): SourceDocument[] {
  return readdirSync(corpusDir)
    .filter((name) => /\.(md|txt)$/i.test(name))
    .sort()
    .map((fileName) => ({ fileName, content: readFileSync(join(corpusDir, fileName), 'utf8') }));
}

export function writeSyntheticCorpus(corpusDir: string, outDir: string, options: SyntheticOptions): WrittenCorpus {
  const sources = readSourceDocuments(corpusDir);
  if (sources.length === 0) throw new Error(`Aucun rapport .md ou .txt dans ${corpusDir}.`);
  prepareOutDir(outDir);
  let bytes = 0;
  const files = makeSyntheticCorpus(sources, options);
  for (const file of files) {
    writeFileSync(join(outDir, file.fileName), file.content);
    // The ingest's sidecar (`<file>.meta.json`) carries what the text cannot: the organisation.
    const sidecar = { title: file.title, year: file.year, organisation: file.organisation };
    writeFileSync(join(outDir, `${file.fileName}.meta.json`), JSON.stringify(sidecar, null, 2) + '\n');
    bytes += Buffer.byteLength(file.content);
  }
  writeFileSync(join(outDir, MARKER), JSON.stringify({ ...options, files: files.length }) + '\n');
  return { dir: outDir, files: files.length, bytes };
}

function prepareOutDir(outDir: string): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(join(outDir, MARKER))) {
      throw new Error(
        `Le dossier ${outDir} n'est pas vide et n'a pas été créé par ce générateur : choisissez un dossier vide.`,
      );
    }
    rmSync(outDir, { recursive: true });
  }
  mkdirSync(outDir, { recursive: true });
}
