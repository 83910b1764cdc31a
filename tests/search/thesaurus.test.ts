import { describe, expect, it } from 'vitest';
import { parseThesaurus } from '../../src/search/thesaurus';
import { loadThesaurusFile } from '../../src/search/thesaurus-file';

describe('thesaurus file format', () => {
  it.each([
    ['ESAT, établissement et service d’aide par le travail', ['ESAT', 'établissement et service d’aide par le travail'], ['ESAT', 'établissement et service d’aide par le travail']],
    ['  IME ,  institut   médico-éducatif  # commentaire', ['IME', 'institut médico-éducatif'], ['IME', 'institut médico-éducatif']],
    ['Pôle emploi => France Travail', ['Pôle emploi'], ['France Travail']],
  ])('reads « %s »', (line, from, to) => {
    const { groups, problems } = parseThesaurus(line);
    expect(problems).toEqual([]);
    expect(groups).toEqual([{ from, to, line: 1 }]);
  });

  it('skips comments and blank lines, and names each bad line with its number', () => {
    const { groups, problems } = parseThesaurus('# titre\n\nEHPAD, maison de retraite\nseul\na => b => c\n');
    expect(groups.map((group) => group.line)).toEqual([3]);
    expect(problems.map((problem) => problem.line)).toEqual([4, 5]);
    expect(problems[0]!.message).toMatch(/ligne 4/);
  });

  it('ships a thesaurus without a bad line', async () => {
    const { groups, problems } = await loadThesaurusFile();
    expect(problems).toEqual([]);
    expect(groups.length).toBeGreaterThan(50);
  });

  it('names an operator’s thesaurus file that cannot be read', async () => {
    await expect(loadThesaurusFile('/nonexistent/thesaurus.txt')).rejects.toThrow(/Thésaurus illisible \(\/nonexistent\/thesaurus.txt\)/);
  });
});
