/**
 * Remembers the last rendered pages for the archive currently served. A report page is a pure
 * function of (archive, report, query) and ~150 KB of HTML to render even with the query marked from
 * cached section words; readers landing from the same results page ask for the same ones. Swapping the
 * archive (hot reload) empties the cache.
 */
export interface RenderCache {
  get(archive: object, key: string, render: () => string): string;
}

export function createRenderCache(maxEntries: number): RenderCache {
  let owner: object | undefined;
  // A Map iterates in insertion order: re-inserting on each hit makes the first key the least recent.
  const entries = new Map<string, string>();
  return {
    get(archive, key, render) {
      if (owner !== archive) {
        owner = archive;
        entries.clear();
      }
      const cached = entries.get(key);
      if (cached !== undefined) {
        entries.delete(key);
        entries.set(key, cached);
        return cached;
      }
      const html = render();
      entries.set(key, html);
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      return html;
    },
  };
}
