import { describe, expect, it } from 'vitest';
import { ligatureRepair } from '../../../src/ingest/repair/ligatures';

const repaired = (texts: string[]) => texts.map(ligatureRepair(texts));

// Lines as every reader gets them from reports re-distilled by Ghostscript 10.00: a Chromium report, whose
// ligatures come out as the sum of their bytes, and a LibreOffice one, whose letters come out byte-swapped.
const SUMMED = [
  'Rapport ünancier de l’exercice 2023',
  'Les eûectifs ont progressé malgré les diþcultés de recrutement et l’aÿuence des demandes.',
  'Le déücit se réduit ; le coût de l’intérim, sûr, pèse sur les ünances et les ünanceurs.',
];
const SWAPPED = [
  'Associa琀椀on Les Cèdres : rapport d’ac琀椀vité 2023',
  'Les e昀昀ec琀椀fs et les di昀케cultés de recrutement ont marqué l’année : 昀氀uidi昀椀er les parcours.',
  'Le 昀椀nancement de l’ac琀椀vité et la forma琀椀on des équipes.',
];

describe('ligatures a PDF writer garbled', () => {
  it('reads the sums of bytes as their ligatures, where the document’s words agree', () => {
    expect(repaired(SUMMED)).toEqual([
      'Rapport financier de l’exercice 2023',
      'Les effectifs ont progressé malgré les difficultés de recrutement et l’affluence des demandes.',
      'Le déficit se réduit ; le coût de l’intérim, sûr, pèse sur les finances et les financeurs.',
    ]);
  });

  it('reads byte-swapped letters as those letters, in a word with three once the others are settled', () => {
    expect(repaired(SWAPPED)).toEqual([
      'Association Les Cèdres : rapport d’activité 2023',
      'Les effectifs et les difficultés de recrutement ont marqué l’année : fluidifier les parcours.',
      'Le financement de l’activité et la formation des équipes.',
    ]);
  });

  it.each<[string, string[]]>([
    ['French words written with those letters', ['Le coût est sûr ; il a dû être payé en août.', 'Un capharnaüm, L’Haÿ-les-Roses.']],
    ['one word alone, which could be a typing slip', ['Le rapport ünancier.']],
    ['ideographs standing for themselves, as a word of their own', ['Le partenariat avec 上海 et 北京.']],
  ])('leaves %s as they are', (_name, texts) => {
    expect(repaired(texts)[0]).toBe(texts[0]);
  });

  it('reads a name as its words settled it where it then spells like French', () => {
    expect(repaired(['La réforme Seraün-PH.', ...SUMMED])[0]).toBe('La réforme Serafin-PH.');
  });

  it.each([
    ['names other languages write with those letters', 'M. Müller, Mme Gül et Jürgen, de Tübingen et Zürich.'],
    ['a town and a word French writes so', 'Le foyer de L’Haÿ-les-Roses, une douleur aigüe, des surcoûts.'],
    ['a word with no Latin letter', 'Le partenaire 서울케어센터 de Séoul.'],
  ])('leaves %s, beside a garbled document', (_name, text) => {
    expect(repaired([text, ...SUMMED, ...SWAPPED, 'L’e昀케cacité, l’ü', 'la diÿculté'])[0]).toBe(text);
  });

  it('restores a name the document writes elsewhere with its ligature', () => {
    expect(repaired(['La résidence Griûon et l’eûectif.', 'Une résidence Griffon de 40 places, eûectif complet.'])).toEqual([
      'La résidence Griffon et l’effectif.',
      'Une résidence Griffon de 40 places, effectif complet.',
    ]);
  });

  it('takes a line-end hyphen left inside a garbled word with it, and keeps a compound’s', () => {
    const texts = ['les diþ-cultés et les eûectifs-cibles', ...SUMMED];
    expect(repaired(texts)[0]).toBe('les difficultés et les effectifs-cibles');
  });

  it('leaves a compound without those letters whole', () => {
    const texts = ['des équipes auto-gérées', ...SUMMED];
    expect(repaired(texts)[0]).toBe('des équipes auto-gérées');
  });
});
