import { unwatchFile, watchFile, type Stats } from 'node:fs';

export interface IndexWatcher {
  stop(): void;
}

/**
 * Calls `onChange` when the index file is replaced. Polling stat() rather than fs.watch: the
 * reindexer renames a temporary file over the index, which inotify reports on the directory under
 * another name, while a stat poll simply sees a new mtime/inode — and it also works on network and
 * container file systems where fs.watch is unreliable.
 */
export function watchIndexFile(path: string, onChange: () => void, intervalMs = 2000): IndexWatcher {
  const listener = (current: Stats, previous: Stats) => {
    const exists = current.mtimeMs !== 0 || current.ino !== 0;
    const changed = current.mtimeMs !== previous.mtimeMs || current.ino !== previous.ino || current.size !== previous.size;
    if (exists && changed) onChange();
  };
  watchFile(path, { interval: intervalMs, persistent: false }, listener);
  return { stop: () => unwatchFile(path, listener) };
}
