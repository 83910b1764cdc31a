import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';

// A timeline frame: month labels, and events whose heading line is followed by their text.
const timeline = [
  ' Rapport 2030',
  '',
  'Adoption de la réforme du  ',
  'financement des établissements',
  'Le texte est publié au Journal  ',
  'officiel après deux ans de débats.',
  '',
  'MARS',
  'Lancement de la campagne  ',
  'nationale pour les métiers',
  '',
  'JUIN',
  'Signature de l’accord de branche  ',
  'sur les salaires',
  'Les partenaires sociaux signent  ',
  'un accord très attendu.',
  '',
  'SEPTEMBRE',
  'Nomination du nouveau gouvernement.',
  '',
  ' Un premier chapitre bien réel',
  'La fédération a mené de nombreux travaux cette année auprès de ses adhérents. ',
  'Ils se poursuivront.',
].join('\n');

describe('timeline of the year', () => {
  it('keeps a timeline frame as one section under the document title, each event heading a paragraph beside its text', () => {
    const parsed = parseExtractedText([timeline]);
    expect(parsed.outline.map((entry) => entry.title)).toEqual(['Rapport 2030', 'Un premier chapitre bien réel']);
    expect(parsed.outline[0]?.text.split('\n\n')).toEqual([
      'Adoption de la réforme du financement des établissements',
      'Le texte est publié au Journal officiel après deux ans de débats.',
      'Lancement de la campagne nationale pour les métiers',
      'Signature de l’accord de branche sur les salaires',
      'Les partenaires sociaux signent un accord très attendu.',
      'Nomination du nouveau gouvernement.',
    ]);
  });

  it('files no event of the 2024 timeline under another event’s title', () => {
    const report = readFileSync(new URL('../../../corpus/retrospective-2024.txt', import.meta.url), 'utf8');
    const outline = parseExtractedText([report]).outline;
    const first = outline[0];
    expect(first?.title).toBe('Rétrospective 2024');
    for (const event of ['Nomination de Michel Barnier', 'composé de 43 propositions', 'Censure du gouvernement Barnier', 'Lancement du premier volet d’Humanifest']) {
      expect(first?.text).toContain(event);
    }
    const titles = outline.map((entry) => entry.title);
    expect(titles.some((title) => /UDAF 74|Catherine Vautrin impose|Gabriel Attal/.test(title))).toBe(false);
  });
});
