import { foldAccents } from '../analysis';

const MAX_SLUG_LENGTH = 80;

/**
 * URL-safe id derived from a title: accents folded, lowercase, runs of anything else → one hyphen.
 * Long titles are cut at a hyphen so an anchor never ends in half a word.
 */
export function slugify(title: string): string {
  const slug = foldAccents(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'section';
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
}
