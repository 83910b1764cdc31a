// GET /rapports/:id/original over real HTTP: the source file of each format, and nothing else.
import { request } from 'node:http';
import { appendFile, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndexData, createArchive } from '../../src/search';
import type { Report, ReportMeta } from '../../src/types';
import { PDF_SOURCE_NAME } from '../helpers/corpus-with-pdf';
import { serve, serveCorpusWithPdf, type TestServer } from './serve';

const served = serveCorpusWithPdf();

/** Sends the path as written: fetch would resolve `..` segments before they reach the server. */
function rawGet(baseUrl: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({
        status: response.statusCode ?? 0,
        type: response.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      }));
    }).on('error', reject).end();
  });
}

describe('the original of each source format', () => {
  it.each([
    {
      id: 'rapport-activite-2022',
      file: PDF_SOURCE_NAME,
      type: 'application/pdf',
      disposition: 'inline; filename=rapport-activite-2022.pdf; filename*=UTF-8\'\'rapport-activit%C3%A9-2022.pdf',
    },
    { id: 'rapport-annuel-2020', file: 'rapport-annuel-2020.md', type: 'text/markdown; charset=utf-8', disposition: 'inline; filename=rapport-annuel-2020.md' },
    { id: 'retrospective-2024', file: 'retrospective-2024.txt', type: 'text/plain; charset=utf-8', disposition: 'inline; filename=retrospective-2024.txt' },
  ])('$file is served inline as $type, byte for byte', async ({ id, file, type, disposition }) => {
    const response = await served.app.get(`/rapports/${id}/original`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(disposition);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(await readFile(join(served.corpus.corpusDir, file)))).toBe(true);
  });

  it('answers byte ranges, which PDF viewers ask for on long documents', async () => {
    const response = await served.app.get('/rapports/rapport-activite-2022/original', { headers: { Range: 'bytes=0-4' } });
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('%PDF-');
  });

  it('answers an unknown report with the French 404 page', async () => {
    const response = await served.app.get('/rapports/rapport-inconnu-1850/original');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Rapport introuvable');
  });
});

describe('no path from the request reaches the file system', () => {
  it.each([
    '/rapports/..%2f..%2fpackage.json/original',
    '/rapports/..%2F..%2F..%2F..%2Fetc%2Fpasswd/original',
    '/rapports/%2e%2e/original',
    '/rapports/%252e%252e%252fpackage.json/original',
    '/rapports/rapport-annuel-2020%00/original',
    '/rapports/rapport-annuel-2020%00.md/original',
    '/rapports/%2Fetc%2Fpasswd/original',
    '/rapports/C:%5CWindows%5Cwin.ini/original',
    '/rapports/../../package.json/original',
    '/rapports/rapport-annuel-2020/original/../../package.json',
    '/rapports/rapport-annuel-2020/original%2f..%2f..%2fpackage.json',
    '/rapports/rapport-annuel-2020/original/rapport-annuel-2020.md',
  ])('%s is a 404 page', async (path) => {
    const response = await rawGet(served.app.url, path);
    expect([400, 404]).toContain(response.status);
    expect(response.type).toMatch(/^text\/html/);
    expect(response.body).not.toContain('"name": "archive-rapports"');
    expect(response.body).not.toContain('root:');
    expect(served.app.errors.filter((line) => line.startsWith('Erreur interne'))).toEqual([]);
  });

  it('ignores a file named in the query string', async () => {
    const response = await served.app.get('/rapports/rapport-annuel-2020/original?fichier=../../package.json&file=/etc/passwd');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await response.text()).toBe(await readFile(join(served.corpus.corpusDir, 'rapport-annuel-2020.md'), 'utf8'));
  });
});

describe('a source file name the index recorded is kept inside the corpus folder', () => {
  const SECRET = 'Texte confidentiel hors du corpus';
  const markdown = () => served.corpus.reports.find((r) => r.meta.format === 'markdown')!;

  /** The real markdown report, recorded under another id and source file name. */
  function recordedAs(id: string, meta: Partial<ReportMeta>): Report {
    const { meta: real, sections } = markdown();
    return { meta: { ...real, id, ...meta }, sections: sections.map((s) => ({ ...s, reportId: id })) };
  }

  async function serveRecorded(reports: Report[]): Promise<TestServer> {
    const { dir, corpusDir } = served.corpus;
    await writeFile(join(dir, 'secret.md'), SECRET);
    await symlink(join(dir, 'secret.md'), join(corpusDir, 'lien-dehors.md')).catch(ignoreExisting);
    await symlink('rapport-annuel-2020.md', join(corpusDir, 'lien-dedans.md')).catch(ignoreExisting);
    await mkdir(join(corpusDir, 'dossier.md'), { recursive: true });
    return serve(createArchive(buildIndexData(reports, new Date())), { corpusDir });
  }

  it.each([
    ['a parent folder', '../secret.md'],
    ['a detour through a sub-folder', 'sous-dossier/../../secret.md'],
    ['an absolute path', '/etc/passwd.md'],
    ['a symlink leading out of the corpus', 'lien-dehors.md'],
    ['a folder', 'dossier.md'],
    ['a NUL byte', 'rapport-annuel-2020.md\u0000.pdf'],
    ['a file of another format than recorded', 'rapport-annuel-2020.pdf'],
    ['a file that is not a report', '../package.json'],
  ])('%s (%j) is a 404 page', async (_what, sourceFile) => {
    const app = await serveRecorded([recordedAs('piege', { sourceFile })]);
    try {
      const response = await app.get('/rapports/piege/original');
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('Document original indisponible');
      expect(html).not.toContain(SECRET);
      expect(app.errors.filter((line) => line.startsWith('Erreur interne'))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('follows a symlink that stays inside the corpus, and a corpus folder reached through a symlink', async () => {
    const link = join(served.corpus.dir, 'corpus-lien');
    await symlink(served.corpus.corpusDir, link).catch(ignoreExisting);
    const app = await serveRecorded([recordedAs('alias', { sourceFile: 'lien-dedans.md' })]);
    const throughLink = await serve(served.archive, { corpusDir: link });
    try {
      expect((await app.get('/rapports/alias/original')).status).toBe(200);
      expect((await throughLink.get('/rapports/rapport-annuel-2020/original')).status).toBe(200);
    } finally {
      await Promise.all([app.close(), throughLink.close()]);
    }
  });
});

describe('a source file that changed since indexing', () => {
  const path = (file: string) => join(served.corpus.corpusDir, file);

  it('gone: a French 404 page that leads back to the report’s text, and a line for the operator', async () => {
    await rename(path(PDF_SOURCE_NAME), path('ailleurs.bin'));
    try {
      const response = await served.app.get('/rapports/rapport-activite-2022/original');
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('Document original indisponible');
      expect(html).toContain('<a class="not-found-link" href="/rapports/rapport-activite-2022">Lire « Rapport d’activité 2022 » dans l’archive</a>');
      expect(served.app.errors.at(-1)).toMatch(/^Document original introuvable pour « rapport-activite-2022 »/);
    } finally {
      await rename(path('ailleurs.bin'), path(PDF_SOURCE_NAME));
    }
    expect((await served.app.get('/rapports/rapport-activite-2022/original')).status).toBe(200);
  });

  it.each([
    ['its content', 'retrospective-2024.txt', () => appendFile(path('retrospective-2024.txt'), '\nUne ligne ajoutée après l’indexation.\n')],
    ['its sidecar', 'retrospective-2024.txt.meta.json', () => writeFile(path('retrospective-2024.txt.meta.json'), '{"title": "Autre titre"}')],
  ])('%s changed: a French 410 page, then the file again once restored', async (_what, touched, change) => {
    const original = await readFile(path('retrospective-2024.txt'));
    expect((await served.app.get('/rapports/retrospective-2024/original')).status).toBe(200);
    await change();
    try {
      const response = await served.app.get('/rapports/retrospective-2024/original');
      expect(response.status).toBe(410);
      expect(await response.text()).toContain('Document original remplacé');
      expect(served.app.errors.at(-1)).toMatch(/^Document original modifié depuis l’indexation pour « retrospective-2024 »/);
    } finally {
      if (touched.endsWith('.meta.json')) await rm(path(touched));
      else await writeFile(path(touched), original);
    }
    expect((await served.app.get('/rapports/retrospective-2024/original')).status).toBe(200);
  });
});

function ignoreExisting(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error;
}
