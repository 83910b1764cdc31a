import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExtractedText } from '../../../src/ingest/text/parse-extracted-text';
import type { DraftSection } from '../../../src/ingest/text/assemble-sections';
import { separateInterleavedColumns } from '../../../src/ingest/text/interleaved-columns';

const block = (...texts: string[]) => texts.map((text) => ({ text, end: 'soft' as const, frameStart: false, page: 1 }));
const section = (title: string, ...blocks: ReturnType<typeof block>[]): DraftSection => ({ title, page: 1, blocks });
const texts = (draft: DraftSection | undefined) => draft?.blocks.map((lines) => lines.map((line) => line.text).join(' '));

describe('separateInterleavedColumns', () => {
  const interrupted = block('Le budget de la branche reste fragile et, avec la réforme,');
  const column = block('Les difficultés de recrutement touchent la petite enfance.');
  const resumption = block('la tension ne cesse de croître.');

  it('moves the blocks slipped into an interrupted sentence to the text-less title they speak of', () => {
    const [main, pending] = separateInterleavedColumns([
      section('Un budget sous tension', interrupted, column, resumption),
      section('Des difficultés de recrutement aggravées'),
    ]);
    expect(texts(main)).toEqual([interrupted, resumption].map((lines) => lines[0]?.text));
    expect(texts(pending)).toEqual([column[0]?.text]);
  });

  it.each([
    ['no text-less title is near', [section('Un budget sous tension', interrupted, column, resumption), section('Autre', block('Texte.'))]],
    ['the column does not speak of the title', [section('Un budget sous tension', interrupted, column, resumption), section('Mesure d’impact social')]],
    ['the sentence is not interrupted', [section('Un budget sous tension', block('Une phrase finie.'), column, block('Autre phrase finie.')), section('Des difficultés de recrutement aggravées')]],
  ])('leaves the text in place when %s', (_why, drafts) => {
    expect(separateInterleavedColumns(drafts)).toEqual(drafts);
  });
});

describe('interleaved columns of the 2024 report', () => {
  const report = readFileSync(new URL('../../../corpus/retrospective-2024.txt', import.meta.url), 'utf8');
  const outline = parseExtractedText([report]).outline;
  const text = (title: string) => outline.find((entry) => entry.title === title)?.text ?? '';

  it('gives « Vers un Organisme Paritaire de Prévention pour la branche » its own column', () => {
    expect(text('Vers un Organisme Paritaire de Prévention pour la branche')).toContain('AXESS a également créé en 2024 un groupe de travail paritaire');
    expect(text('Un tempo ralenti, faute de continuité dans la gestion des affaires publiques')).not.toContain('AXESS a également créé');
    expect(text('Un tempo ralenti, faute de continuité dans la gestion des affaires publiques')).toContain('la période d’instabilité politique rend caduque');
  });

  it('gives « Des difficultés de recrutement aggravées » the recruitment column, out of the budget section', () => {
    const recruitment = text('Des difficultés de recrutement aggravées');
    expect(recruitment).toContain('Les adhérents déclarent qu’en termes de recrutement');
    expect(recruitment).toContain('insuffisamment reconnu et soutenu par les pouvoirs publics');
    const budget = text('Crise économique et rigueur budgétaire : la quadrature du cercle');
    expect(budget).toContain('Avec François Bayrou, le carcan budgétaire demeure.');
    expect(budget).not.toContain('Les adhérents déclarent');
  });
});
