// File-system edge of GET /rapports/:id/original: finds a report's source file in the corpus folder
// from what the archive recorded (never from the request), and checks it is still the indexed file.
import { realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { formatOf, readCorpusFile } from '../ingest/corpus-files';
import { contentHash, sidecarName } from '../ingest/metadata';
import type { ReportFormat, ReportMeta } from '../types';

/** How each source format is served: inline, so the browser shows it rather than downloading it. */
export const ORIGINAL_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
};

export type OriginalFile =
  /** `file` is relative to `root`, both with symlinks resolved. */
  | { status: 'ready'; root: string; file: string; contentType: string; fileName: string }
  /** The recorded name is not a corpus file of its format, or leads outside the corpus folder. */
  | { status: 'refused' }
  /** Gone, or unreadable (rights, a symlink loop): `detail` is for the operator's log. */
  | { status: 'missing'; detail: string }
  /** The file (or its sidecar) is no longer the one indexed: its pages may not match the sections. */
  | { status: 'changed' };

export interface OriginalFiles {
  locate(meta: Pick<ReportMeta, 'sourceFile' | 'format' | 'contentHash'>): Promise<OriginalFile>;
}

/** Past this many files, remembered hashes are forgotten (a corpus is tens of files, not thousands). */
const MAX_REMEMBERED = 512;

export function createOriginalFiles(corpusDir: string): OriginalFiles {
  // A PDF viewer asks for the same file many times (ranges): its hash is computed once per version.
  const verified = new Map<string, { fingerprint: string; hash: string }>();

  async function currentHash(root: string, file: string, real: string): Promise<string> {
    const fingerprint = `${await statFingerprint(real)}|${await statFingerprint(resolve(root, sidecarName(file)))}`;
    const known = verified.get(real);
    if (known?.fingerprint === fingerprint) return known.hash;
    const { bytes, sidecar } = await readCorpusFile(root, file);
    const hash = contentHash(bytes, sidecar);
    if (verified.size >= MAX_REMEMBERED) verified.clear();
    verified.set(real, { fingerprint, hash });
    return hash;
  }

  return {
    async locate(meta) {
      const { sourceFile, format } = meta;
      if (!isPlainRelativeName(sourceFile) || formatOf(sourceFile) !== format) return { status: 'refused' };
      let root: string;
      let real: string;
      try {
        root = await realpath(corpusDir);
        real = await realpath(resolve(root, sourceFile));
      } catch (error) {
        return missing(error);
      }
      const file = relative(root, real);
      if (!isInside(file)) return { status: 'refused' };
      try {
        if (!(await stat(real)).isFile()) return { status: 'refused' };
        if ((await currentHash(root, sourceFile, real)) !== meta.contentHash) return { status: 'changed' };
      } catch (error) {
        // Also a file removed between two calls: the same answer as a file that was never there.
        return missing(error);
      }
      return { status: 'ready', root, file, contentType: ORIGINAL_CONTENT_TYPES[format], fileName: basename(sourceFile) };
    },
  };
}

/** The index records names relative to the corpus folder; anything else is not one of its files. */
function isPlainRelativeName(name: string): boolean {
  return name !== '' && !name.includes('\0') && !isAbsolute(name) && !/^[a-zA-Z]:/.test(name);
}

function isInside(relativePath: string): boolean {
  return relativePath !== '' && relativePath !== '..' && !relativePath.startsWith(`..${sep}`) && !isAbsolute(relativePath);
}

function missing(error: unknown): OriginalFile {
  return { status: 'missing', detail: error instanceof Error ? error.message : String(error) };
}

async function statFingerprint(path: string): Promise<string> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'none';
    throw error;
  }
}

/** The name a browser offers when saving: ASCII for old clients, the real name (RFC 5987) beside it. */
export function asciiFileName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_');
}
