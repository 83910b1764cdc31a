export interface PageLink {
  number: number;
  url: string;
  current: boolean;
}

export interface Pagination {
  previous?: string | undefined;
  next?: string | undefined;
  /** Page numbers to show; a `gap` entry stands for pages left out (« … »). */
  items: Array<PageLink | { gap: true }>;
}

/**
 * First, last, and the pages around the current one: enough to jump anywhere in two clicks
 * without a row of fifty links.
 */
export function paginate(current: number, pageCount: number, urlFor: (page: number) => string): Pagination | undefined {
  if (pageCount <= 1) return undefined;
  const shown = new Set<number>([1, pageCount]);
  for (let page = current - 2; page <= current + 2; page++) {
    if (page >= 1 && page <= pageCount) shown.add(page);
  }
  const items: Pagination['items'] = [];
  let last = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page > last + 1) items.push({ gap: true });
    items.push({ number: page, url: urlFor(page), current: page === current });
    last = page;
  }
  return {
    previous: current > 1 ? urlFor(current - 1) : undefined,
    next: current < pageCount ? urlFor(current + 1) : undefined,
    items,
  };
}
