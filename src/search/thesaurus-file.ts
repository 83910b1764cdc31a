// Reading the sector thesaurus file (format in src/search/thesaurus.ts). A missing default file is no
// error (the archive then widens with the reports' own acronyms only); a file the operator named and
// that cannot be read is, and a malformed line is reported with its number while the others are used.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseThesaurus, type ParsedThesaurus } from './thesaurus';

/** The thesaurus shipped with the project, used when THESAURUS_FILE is not set. */
export const DEFAULT_THESAURUS_FILE = fileURLToPath(new URL('../../thesaurus/secteur-social.txt', import.meta.url));

export class ThesaurusFileError extends Error {
  override readonly name = 'ThesaurusFileError';
}

export async function loadThesaurusFile(path: string = DEFAULT_THESAURUS_FILE): Promise<ParsedThesaurus> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path === DEFAULT_THESAURUS_FILE) return { groups: [], problems: [] };
    throw new ThesaurusFileError(`Thésaurus illisible (${path}) : ${code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}`, { cause: error });
  }
  return parseThesaurus(text);
}
