import type { HelperDelegate } from 'handlebars';

// Helpers stay tiny on purpose: URLs, labels and counts are computed in the view models
// (src/web/*-view.ts) so that templates only lay out already-decided values.

const frenchNumber = new Intl.NumberFormat('fr-FR');

/** « 1 résultat », « 12 résultats », « 1 234 sections ». */
export function pluralize(count: number, singular: string, plural: string): string {
  return `${frenchNumber.format(count)} ${count === 1 || count === 0 ? singular : plural}`;
}

export const viewHelpers: Record<string, HelperDelegate> = {
  plural: (count: unknown, singular: unknown, plural: unknown) =>
    pluralize(Number(count), String(singular), String(plural)),
  // Not `number`: a helper shadows a template field of the same name (`{{number}}` in a page link
  // called the helper with no argument and printed « Page NaN »).
  formatNumber: (value: unknown) => frenchNumber.format(Number(value)),
  eq: (a: unknown, b: unknown) => a === b,
  join: (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.map(String).join(typeof separator === 'string' ? separator : ', ') : '',
};
