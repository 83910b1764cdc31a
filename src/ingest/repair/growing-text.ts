// A paragraph built line by line. Joining a line only looks at the end of the text (its last word,
// a line-end hyphen, a URL cut in two), but a regex over the whole paragraph at every line made
// reflowing a long text quadratic (1 MB of words without punctuation: 79 s). So the settled start
// of the paragraph is set aside, and only a short tail starting at a space is shown to `join`.

/** Past this, the tail is cut back to its last word: longer than any word or URL worth repairing. */
const TAIL_LIMIT = 512;

export interface GrowingText {
  /** The text so far ('' when nothing was appended). */
  text(): string;
  /** The end of the text, starting after a space (or at the start): what a join may look at and rewrite. */
  tail(): string;
  /** The start of the text, long enough for a test anchored at its beginning (a name, a label). */
  opening(): string;
  /** Replaces the tail (a join rewrote its end). */
  setTail(tail: string): void;
  length(): number;
}

export function growingText(start = ''): GrowingText {
  const settled: string[] = [];
  let settledLength = 0;
  let tail = start;
  const settle = (): void => {
    if (tail.length <= TAIL_LIMIT) return;
    // Cut at the last space, so the last word (or URL) stays whole in the tail.
    const cut = tail.lastIndexOf(' ');
    if (cut <= 0) return;
    settled.push(tail.slice(0, cut));
    settledLength += cut;
    tail = tail.slice(cut);
  };
  settle();
  return {
    text: () => (settled.length === 0 ? tail : settled.join('') + tail),
    tail: () => tail,
    opening: () => settled[0] ?? tail,
    setTail(next) {
      tail = next;
      settle();
    },
    length: () => settledLength + tail.length,
  };
}
