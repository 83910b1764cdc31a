// What the corpus folder holds, entry by entry: the report files to read, and every other entry with
// the reason it is left out, so an operator never wonders why a file was not indexed.
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * An entry of the corpus folder: a file to read as a report (a regular file, or a link to one inside
 * the corpus), or one left out with `skipped`, its reason in French, naming the entry.
 */
export interface CorpusEntry {
  file: string;
  skipped?: string;
}

export class CorpusFolderError extends Error {
  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    super(`Le dossier du corpus « ${dir} » est illisible (${cause instanceof Error ? cause.message : String(cause)}) ; vérifiez le chemin.`);
    this.name = 'CorpusFolderError';
  }
}

/** Entries that are no reports and need no notice: sidecars, hidden files, the folder's README. */
export function isCorpusFile(name: string): boolean {
  return !name.startsWith('.') && !name.endsWith('.meta.json') && !/^readme(\.[a-z]+)?$/i.test(name);
}

/** The entries of the corpus folder, sorted by name. */
export async function scanCorpus(dir: string): Promise<CorpusEntry[]> {
  let entries: Dirent[];
  let root: string;
  try {
    entries = await readdir(dir, { withFileTypes: true });
    root = await realpath(dir);
  } catch (error) {
    throw new CorpusFolderError(dir, error);
  }
  const scanned: CorpusEntry[] = [];
  for (const entry of entries.filter((e) => isCorpusFile(e.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const reason = await skipReason(root, join(dir, entry.name), entry);
    scanned.push(reason === null ? { file: entry.name } : { file: entry.name, skipped: `${entry.name} ignoré : ${reason}.` });
  }
  return scanned;
}

/** Why an entry is not read as a report, or null when it is one to read. */
async function skipReason(root: string, path: string, entry: Dirent): Promise<string | null> {
  if (entry.isFile()) return null;
  if (entry.isDirectory()) return 'c’est un dossier (les sous-dossiers du corpus ne sont pas lus) ; déposez les rapports directement dans le corpus';
  if (!entry.isSymbolicLink()) return 'ce n’est pas un fichier ordinaire (tube, socket ou périphérique)';
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'lien symbolique en boucle' : 'lien symbolique cassé (sa cible n’existe pas)';
  }
  // A link may organise the corpus, but must not pull files from elsewhere on the server (/etc/passwd).
  const inside = relative(root, target);
  if (inside === '' || inside.split(sep)[0] === '..' || isAbsolute(inside)) {
    return 'lien symbolique vers un fichier hors du dossier du corpus, refusé ; copiez le fichier dans le corpus';
  }
  const info = await stat(target);
  return info.isFile() ? null : 'lien symbolique vers autre chose qu’un fichier';
}

