// Every entry of the corpus folder that is not indexed is named with its reason in the reindex
// output: links leading outside the corpus, broken links, folders, pipes, unknown formats. Before,
// links and folders vanished without a word, and a newline in a file name split the output line.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratch, reindex, type Finished, type Scratch } from './processes';

let scratch: Scratch;
let run: Finished;
const lines = (): string[] => run.stdout.split('\n');

beforeAll(async () => {
  scratch = await makeScratch('fault-corpus-entries-');
  const corpus = scratch.corpusDir;
  await symlink('/etc/passwd', join(corpus, 'passwd.md'));
  await mkdir(join(corpus, 'sources'));
  await writeFile(join(corpus, 'sources', 'note.md'), '# Note de synthèse 2023\n\nLa négociation de la CCUE avance.\n');
  await symlink(join('sources', 'note.md'), join(corpus, 'note.md'));
  await symlink('absent.md', join(corpus, 'casse.md'));
  await mkdir(join(corpus, 'x.pdf'));
  execFileSync('mkfifo', [join(corpus, 'tube.txt')]);
  await writeFile(join(corpus, 'notes.docx'), 'PK');
  await writeFile(join(corpus, 'deux\nlignes.md'), '# Rapport 2019\n\nUn texte.\n');
  run = await reindex(corpus, scratch.indexFile).finished;
}, 120_000);
afterAll(() => scratch?.remove());

describe('npm run reindex on a corpus with odd entries', () => {
  it.each([
    ['passwd.md', /^ {2}– passwd\.md ignoré : lien symbolique vers un fichier hors du dossier du corpus, refusé/],
    ['casse.md', /^ {2}– casse\.md ignoré : lien symbolique cassé/],
    ['x.pdf', /^ {2}– x\.pdf ignoré : c’est un dossier/],
    ['sources', /^ {2}– sources ignoré : c’est un dossier/],
    ['tube.txt', /^ {2}– tube\.txt ignoré : ce n’est pas un fichier ordinaire/],
    ['notes.docx', /^ {2}– notes\.docx ignoré : format non pris en charge/],
  ])('names %s with its reason', (_name, line) => {
    expect(lines().filter((l) => line.test(l))).toHaveLength(1);
  });

  it('follows a link that stays inside the corpus', () => {
    expect(lines()).toContain('  ✓ note.md — Markdown, 1 section');
  });

  it('prints a file name holding a newline escaped, on one line', () => {
    expect(lines()).toContain('  ✓ deux\\nlignes.md — Markdown, 1 section');
    expect(lines().some((l) => l.startsWith('lignes.md'))).toBe(false);
  });

  it('indexes the reports, never the file the link pointed outside to, and exits 0', async () => {
    expect(run.stdout).toMatch(/^4 rapports, /m);
    expect(run.stdout).not.toContain('root:');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
