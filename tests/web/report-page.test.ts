import { describe, expect, it } from 'vitest';
import { serveRealArchive, tocLines, tocParents } from './serve';

const real = serveRealArchive();

describe('report page', () => {
  it.each(['rapport-annuel-2020', 'retrospective-2024'])('renders every section of %s with an anchor, a heading and a permalink', async (id) => {
    const response = await real.app.get(`/rapports/${id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const found = await real.archive.report(id);
    expect(found).toBeDefined();
    for (const section of found?.sections ?? []) {
      expect(html).toContain(`<section class="report-section" id="${section.id}"`);
      expect(html).toMatch(new RegExp(`<a class="permalink" href="#${section.id}" aria-label="Lien vers la section `));
    }
  });

  it.each(['rapport-annuel-2020', 'retrospective-2024'])('nests every section of %s in the table of contents under the headings of its breadcrumb', async (id) => {
    const lines = tocLines(await (await real.app.get(`/rapports/${id}`)).text());
    const sections = (await real.archive.report(id))?.sections ?? [];
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const at = lines.findIndex((line) => line.anchor === section.id);
      expect(at, section.id).toBeGreaterThanOrEqual(0);
      expect(lines[at]?.title).toBe(section.title);
      expect(lines[at]?.depth).toBe(section.breadcrumb.length + 1);
      expect(tocParents(lines, at), section.title).toEqual(section.breadcrumb);
    }
    expect(lines.filter((line) => line.anchor !== null)).toHaveLength(sections.length);
  });

  it.each([
    ['rapport-annuel-2020', 'La mission Laforcade', ['1 — Une année de combat(s)', 'LES PRISES DE POSITION DE NEXEM']],
    ['retrospective-2024', 'Implication dynamique au sein du consortium Soli-Ker Breizh', ['BRETAGNE']],
  ])('%s: « %s » is listed under %j, a group title without a link of its own', async (id, title, parents) => {
    const lines = tocLines(await (await real.app.get(`/rapports/${id}`)).text());
    const at = lines.findIndex((line) => line.title.startsWith(title));
    expect(tocParents(lines, at)).toEqual(parents);
    expect(lines.find((line) => line.title === parents.at(-1))?.anchor).toBeNull();
  });

  it('splits section text into paragraphs on blank lines', async () => {
    const report = await real.archive.report('rapport-annuel-2020');
    const section = report?.sections.find((s) => s.text.includes('\n\n'));
    expect(section).toBeDefined();
    const html = await (await real.app.get('/rapports/rapport-annuel-2020')).text();
    const start = html.indexOf(`id="${section?.id}"`);
    const body = html.slice(start, html.indexOf('</section>', start));
    expect(body.match(/<p>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('marks the query words when reached from a search, and links back to the results', async () => {
    const html = await (await real.app.get('/rapports/rapport-annuel-2020?q=segur')).text();
    expect(html).toMatch(/<mark>Ségur<\/mark>/);
    expect(html).toContain('Retour aux résultats pour « segur »');
    const plain = await (await real.app.get('/rapports/rapport-annuel-2020')).text();
    expect(plain).not.toContain('<mark>');
  });

  it('escapes the query echoed on the page', async () => {
    const html = await (await real.app.get('/rapports/rapport-annuel-2020?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)');
  });

  it('answers an unknown report with a French 404 page that has the search box', async () => {
    const response = await real.app.get('/rapports/rapport-inconnu-1850');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Rapport introuvable');
    expect(html).toContain('id="search-input"');
  });

  it('answers an unknown route with a French 404 page', async () => {
    const response = await real.app.get('/nulle-part');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page introuvable');
  });
});

describe('search within a report', () => {
  it('offers a search box scoped to the report being read', async () => {
    const html = await (await real.app.get('/rapports/retrospective-2024')).text();
    expect(html).toContain('<label class="search-label" for="search-input">Rechercher dans ce rapport</label>');
    expect(html).toContain('<option value="retrospective-2024" selected>');
  });
});
