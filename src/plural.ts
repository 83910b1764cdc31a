// Counts in French for every message, page and CLI line alike: « 0 section », « 1 section »,
// « 2 sections », « 1 234 mots » (French takes the singular for 0 and 1).

// Created on first use: loading the French locale data takes about 50 ms, which a cluster's primary
// would otherwise pay before it starts its workers.
let frenchNumber: Intl.NumberFormat | undefined;

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  frenchNumber ??= new Intl.NumberFormat('fr-FR');
  return `${frenchNumber.format(count)} ${count === 1 || count === 0 ? singular : plural}`;
}
