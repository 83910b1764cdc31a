// The results page and the API say what a search was widened to, and offer the strict search.
import { describe, expect, it } from 'vitest';
import { decodeEntities, linksWithClass, resultItems, serveRealArchive } from './serve';

const real = serveRealArchive();

async function html(path: string): Promise<string> {
  const response = await real.app.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('widened searches over HTTP', () => {
  it('says « Recherche élargie à « EHPAD » » and links to the strict search', async () => {
    const page = decodeEntities(await html('/recherche?q=maisons%20de%20retraite'));
    expect(page).toContain('Recherche élargie à « EHPAD »');
    const [strictUrl] = linksWithClass(page, 'search-widening-link');
    expect(strictUrl).toBe('/recherche?q=maisons+de+retraite&strict=1');
    expect(resultItems(page).some((hit) => hit.titleHtml.includes('<mark>EHPAD</mark>'))).toBe(true);
  });

  it('searches only the words typed on the strict page, keeps it across facets, and links back', async () => {
    const page = decodeEntities(await html('/recherche?q=maisons%20de%20retraite&strict=1'));
    expect(page).toContain('Recherche stricte');
    expect(resultItems(page).some((hit) => hit.title.includes('EHPAD'))).toBe(false);
    expect(linksWithClass(page, 'search-widening-link')).toEqual(['/recherche?q=maisons+de+retraite']);
    for (const url of linksWithClass(page, 'facet-link')) expect(url).toContain('strict=1');
  });

  it('gives the widening and the strict flag in the JSON', async () => {
    const widened = await (await real.app.get('/api/search?q=ESAT')).json();
    expect(widened.widened).toEqual(expect.arrayContaining([expect.objectContaining({ words: 'ESAT' })]));
    const strict = await (await real.app.get('/api/search?q=ESAT&strict=1')).json();
    expect(strict.widened).toBeUndefined();
    expect(strict.strict).toBe(true);
  });

  it('answers 400 with a French message for a strict flag it cannot read', async () => {
    const response = await real.app.get('/api/search?q=ESAT&strict=peut-etre');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/strict/);
  });
});
