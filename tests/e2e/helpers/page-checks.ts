import type { Page } from 'playwright-core';

/** True when some part of the element with this id is inside the visible viewport. */
export function isInViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) return false;
    const box = target.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  }, id);
}

/** The section id a URL points at (its hash, decoded). */
export function hashId(url: string): string {
  return decodeURIComponent(new URL(url).hash.slice(1));
}

/** Total announced by the result summary, e.g. « 12 résultats pour « Ségur » » → 12. */
export async function announcedTotal(page: Page): Promise<number> {
  const summary = (await page.locator('#search-status').textContent()) ?? '';
  const match = /([\d\s\u202f\u00a0]+)\s+résultats?/.exec(summary);
  if (!match?.[1]) throw new Error(`No result count in the summary: « ${summary.trim()} »`);
  return Number(match[1].replace(/\D/g, ''));
}

/** Links of the results on the current results page, in order (one per section). */
export function hitUrls(page: Page): Promise<string[]> {
  return page.locator('.hit-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
