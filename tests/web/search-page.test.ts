import { describe, expect, it } from 'vitest';
import { linksWithClass, resultItems, serveRealArchive } from './serve';

const real = serveRealArchive();

async function page(path: string): Promise<string> {
  const response = await real.app.get(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  return response.text();
}

describe('results page on the real corpus', () => {
  it('lists first a section titled with the acronym CCUE, marked in its snippet', async () => {
    const [first] = resultItems(await page('/recherche?q=CCUE'));
    expect(first?.title).toContain('CCUE');
    expect(first?.snippet).toContain('<mark>CCUE</mark>');
  });

  it('marks the matched words in result titles, escaped first', async () => {
    const results = resultItems(await page('/recherche?q=mahorais'));
    const mahorais = results.find((result) => /MAHORAIS/.test(result.title));
    expect(mahorais?.titleHtml).toContain('<mark>MAHORAIS</mark>');
    for (const result of results) expect(result.titleHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('shows the start of the section text for a hit on its title alone', async () => {
    // Strict: widened, « mahorais » would also mark « Mayotte » in that text.
    const results = resultItems(await page('/recherche?q=mahorais&strict=1'));
    const titleOnly = results.find((result) => /MAHORAIS/.test(result.title) && !result.snippet.includes('<mark>'));
    expect(titleOnly?.snippet).toMatch(/^Dans le champ de la convention collective 66/);
  });

  it('gives the same top results for « segur » and « Ségur »', async () => {
    const accented = resultItems(await page('/recherche?q=S%C3%A9gur')).slice(0, 5).map((r) => r.url.split('#')[1]);
    const plain = resultItems(await page('/recherche?q=segur')).slice(0, 5).map((r) => r.url.split('#')[1]);
    expect(accented.length).toBeGreaterThan(0);
    expect(plain).toEqual(accented);
  });

  it('announces the exact total in an aria-live region, singular and plural', async () => {
    const html = await page('/recherche?q=S%C3%A9gur');
    const total = (await (await real.app.get('/api/search?q=S%C3%A9gur')).json()).total as number;
    expect(html).toMatch(/role="status" aria-live="polite"/);
    expect(html).toContain(`${total} résultats pour « Ségur »`);
    expect(html).toContain('<h1 class="page-title visually-hidden">');
  });

  it('links every result to a report page that contains its section anchor', async () => {
    const results = resultItems(await page('/recherche?q=attractivit%C3%A9%20des%20m%C3%A9tiers'));
    expect(results.length).toBe(10);
    for (const result of results) {
      const [path, anchor] = result.url.split('#');
      const html = await page(path ?? '');
      expect(html, result.url).toContain(`id="${anchor}"`);
    }
  });

  it('paginates by 10 and keeps the filters in page links', async () => {
    const html = await page('/recherche?q=secteur&rapport=rapport-annuel-2020');
    expect(resultItems(html)).toHaveLength(10);
    const next = linksWithClass(html, 'pagination-next')[0];
    expect(next).toBe('/recherche?q=secteur&rapport=rapport-annuel-2020&page=2');
    const second = await page(next ?? '');
    expect(second).toContain('aria-current="page" aria-label="Page 2"');
    expect(linksWithClass(second, 'pagination-prev')[0]).toBe('/recherche?q=secteur&rapport=rapport-annuel-2020');
  });

  it('offers facet links per report and per year that filter the results, and removable filters', async () => {
    const html = await page('/recherche?q=secteur');
    const facetLinks = linksWithClass(html, 'facet-link');
    const byReport = facetLinks.find((url) => url.includes('rapport=retrospective-2024'));
    const byYear = facetLinks.find((url) => url.includes('annee=2020'));
    expect(byReport).toBeDefined();
    expect(byYear).toBeDefined();

    const filtered = await page(byReport ?? '');
    const hits = resultItems(filtered);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.url.startsWith('/rapports/retrospective-2024'))).toBe(true);
    expect(linksWithClass(filtered, 'active-filter')).toEqual(['/recherche?q=secteur']);
  });

  it('shows the spelling suggestion as a link when nothing matches', async () => {
    const html = await page('/recherche?q=soim');
    expect(html).toContain('<p class="search-summary">Aucun résultat pour « soim »</p>');
    expect(html).not.toContain('0 résultat');
    expect(html).toContain('Aucune section ne correspond à « soim »');
    expect(html).toContain('Essayez <a class="suggestion-link" href="/recherche?q&#x3D;soin">« soin »</a>');
    expect(resultItems(await page('/recherche?q=soin')).length).toBeGreaterThan(0);
  });

  it('offers « did you mean » when a misspelt query finds little', async () => {
    const html = await page('/recherche?q=Laforcdae');
    expect(linksWithClass(html, 'suggestion-link')).toEqual(['/recherche?q=Laforcade']);
    expect(html).toContain('Vouliez-vous dire');
  });

  it('offers to widen the search when filters leave nothing', async () => {
    const html = await page('/recherche?q=S%C3%A9gur&annee=1999');
    expect(html).toContain('Aucune section ne correspond');
    expect(html).toContain('href="/recherche?q&#x3D;S%C3%A9gur"');
  });

  it('explains the any-words fallback', async () => {
    const html = await page('/recherche?q=S%C3%A9gur%20quinoa');
    expect(html).toContain('Aucune section ne contient tous les mots ; voici celles qui en contiennent au moins un.');
    expect(resultItems(html).length).toBeGreaterThan(0);
  });

  it('asks for a more specific word when the query has only stop words', async () => {
    const html = await page('/recherche?q=le%20de%20la');
    expect(html).toContain('Ajoutez un mot plus précis');
    expect(resultItems(html)).toHaveLength(0);
  });

  it('explains that a query of exclusions only needs a word to search for', async () => {
    const html = await page('/recherche?q=-CCUE');
    expect(html).toContain('ajoutez un mot à chercher');
    expect(html).not.toContain('Saisissez au moins un mot');
    expect(resultItems(html)).toHaveLength(0);
  });

  it('sends an empty query back to the home page', async () => {
    const response = await real.app.get('/recherche?q=%20%20');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });
});

describe('home page', () => {
  it('has a labelled, focused search box, the reports and the query syntax help', async () => {
    const html = await page('/');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<label class="search-label" for="search-input">');
    expect(html).toMatch(/id="search-input"[^>]*autofocus/);
    expect(html).toContain('href="/rapports/rapport-annuel-2020"');
    expect(html).toContain('href="/rapports/retrospective-2024"');
    expect(html).toMatch(/\d+ sections/);
    for (const syntax of ['"Ségur pour tous"', '-financement', 'Ségur OU Laforcade', 'négo', 'CCUE']) {
      expect(html).toContain(syntax);
    }
  });
});
