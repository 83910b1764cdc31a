// The same word typed in another Unicode form (é as e + combining accent, full-width letters from an
// Asian keyboard or a copy-paste) finds, completes and marks what the usual form does.
import { describe, expect, it } from 'vitest';
import { serveRealArchive } from './serve';

const real = serveRealArchive();

async function json(path: string): Promise<any> {
  const response = await real.app.get(path);
  expect(response.status, path).toBe(200);
  return response.json();
}

const sectionIds = (body: any): string[] => body.results.map((result: any) => `${result.reportId}#${result.sectionId}`);

describe('Unicode forms over HTTP', () => {
  it.each([
    ['Se%CC%81gur', 'S%C3%A9gur'],
    ['%EF%BC%A3%EF%BC%A3%EF%BC%B5%EF%BC%A5', 'CCUE'],
    ['%22Se%CC%81gur%20pour%20tous%22', '%22S%C3%A9gur%20pour%20tous%22'],
  ])('/api/search?q=%s finds the same sections as q=%s', async (other, usual) => {
    const expected = await json(`/api/search?q=${usual}&limit=50`);
    const found = await json(`/api/search?q=${other}&limit=50`);
    expect(expected.total).toBeGreaterThan(0);
    expect(found.total).toBe(expected.total);
    expect(sectionIds(found)).toEqual(sectionIds(expected));
  });

  it('completes a decomposed « négo » with négociation and négociations', async () => {
    const body = await json('/api/suggest?q=ne%CC%81go');
    expect(body.suggestions).toEqual(expect.arrayContaining(['négociation', 'négociations']));
    expect(body.suggestions).toEqual((await json('/api/suggest?q=n%C3%A9go')).suggestions);
  });

  it('marks the words as the report writes them for a decomposed query', async () => {
    const body = await json('/api/search?q=Se%CC%81gur&limit=5');
    for (const result of body.results) expect(result.snippet + result.title).not.toMatch(/<mark>[^<]*\u0301/);
    expect(body.results.some((result: any) => result.snippet.includes('<mark>Ségur</mark>'))).toBe(true);
    const page = await (await real.app.get('/rapports/retrospective-2024?q=%EF%BC%A3%EF%BC%A3%EF%BC%B5%EF%BC%A5')).text();
    expect(page).toContain('<mark>CCUE</mark>');
  });
});
