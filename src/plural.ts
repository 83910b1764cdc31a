// Counts in French for every message, page and CLI line alike: « 0 section », « 1 section »,
// « 2 sections », « 1 234 mots » (French takes the singular for 0 and 1).

const frenchNumber = new Intl.NumberFormat('fr-FR');

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${frenchNumber.format(count)} ${count === 1 || count === 0 ? singular : plural}`;
}
