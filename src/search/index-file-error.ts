export type IndexFileProblem = 'missing' | 'unreadable' | 'corrupt' | 'incompatible' | 'unwritable';

/** Every failure to read or write the index, with a French message an operator can act on. */
export class IndexFileError extends Error {
  override readonly name = 'IndexFileError';
  constructor(
    readonly path: string,
    readonly reason: IndexFileProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
