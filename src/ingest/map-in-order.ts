// Reading a corpus is mostly waiting on PDF workers: several files at once keep every core busy, while
// the operator still sees files reported (and duplicates resolved) in name order, as before.

/**
 * Maps `items` with at most `concurrency` calls of `work` in flight. `onResult` is called in the
 * items' order, as soon as every earlier item is done; the returned array is in that order too.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  onResult: (result: R, index: number) => void = () => {},
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const done = new Array<boolean>(items.length).fill(false);
  let next = 0;
  let flushed = 0;
  const flush = (): void => {
    while (flushed < items.length && done[flushed]) {
      onResult(results[flushed] as R, flushed);
      flushed += 1;
    }
  };
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, index);
      done[index] = true;
      flush();
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
