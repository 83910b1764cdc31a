import type { HelperDelegate } from 'handlebars';
import { pluralize } from '../plural';

// Helpers stay tiny on purpose: URLs, labels and counts are computed in the view models
// (src/web/*-view.ts) so that templates only lay out already-decided values.

const frenchNumber = new Intl.NumberFormat('fr-FR');

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
