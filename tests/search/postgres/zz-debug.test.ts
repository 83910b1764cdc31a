import { it } from 'vitest';
import { buildIndexData, createArchive, loadThesaurusFile } from '../../../src/search';
import { writeGeneration } from '../../../src/search/postgres/generations';
import { postgresArchiveSource } from '../../../src/search/postgres/source';
import { loadRealReports } from '../../helpers/corpus';
import { useFreshDatabase } from '../../helpers/postgres';
const db = useFreshDatabase();
const QS = process.env.QS!.split('|');
it('debug', async () => {
  const reports = await loadRealReports();
  const { groups: thesaurus } = await loadThesaurusFile();
  await writeGeneration(db().database.primary, reports, new Date());
  const pg = await (await postgresArchiveSource({ url: db().url }, { thesaurus }).openCurrent()).open();
  const em = createArchive(buildIndexData(reports, new Date()), { thesaurus });
  for (const q of QS) {
    const [a, b] = [await em.search({ q, limit: 50 }), await pg.search({ q, limit: 50 })];
    const out: string[] = [];
    for (const k of ['total', 'notice', 'widened', 'suggestion', 'truncated', 'facets'] as const) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k}: ${JSON.stringify(a[k])} | ${JSON.stringify(b[k])}`);
    const byUrl = new Map(b.hits.map((h) => [h.url, h]));
    for (const h of a.hits) { const o = byUrl.get(h.url); if (!o) { out.push(`missing ${h.sectionId}`); continue; } for (const k of ['snippet', 'titleHtml'] as const) if (h[k] !== o[k]) out.push(`${h.sectionId} ${k}:\n   E ${h[k]}\n   P ${o[k]}`); }
    const [ta, tb] = [await em.timeline({ q }), await pg.timeline({ q })];
    if (JSON.stringify(ta) !== JSON.stringify(tb)) out.push(`timeline ${JSON.stringify(ta.years.map(y=>[y.sections,y.occurrences]))} ${ta.notice} | ${JSON.stringify(tb.years.map(y=>[y.sections,y.occurrences]))} ${tb.notice}`);
    console.log(`### ${q}\n${out.join('\n')}`);
  }
});
