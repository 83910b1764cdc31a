import { Router, type Response } from 'express';
import type { Archive } from '../../search';
import type { Section } from '../../types';
import {
  clamp,
  DEFAULT_PAGE_SIZE,
  isPlausibleYear,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  readFlag,
  readId,
  readInteger,
  readQueryText,
} from '../request-params';
import type { SearchFunction } from '../search-cache';
import { originalUrl, reportUrl } from '../search-url';
import { sendJsonError } from './errors';

const MAX_SUGGESTIONS = 10;

function sectionUrl(section: Section): string {
  return `${reportUrl(section.reportId)}#${section.id}`;
}

/** Where a PDF section starts in the original (`…/original#page=12`); null for formats without pages. */
function pageUrl(reportId: string, page: number | null): string | null {
  return page === null ? null : originalUrl(reportId, page);
}

function sectionSummary(section: Section) {
  return {
    id: section.id,
    title: section.title,
    breadcrumb: section.breadcrumb,
    level: section.level,
    page: section.page,
    url: sectionUrl(section),
    pageUrl: pageUrl(section.reportId, section.page),
  };
}

function reportLinks(reportId: string) {
  return { url: reportUrl(reportId), originalUrl: originalUrl(reportId) };
}

/** The same data as the pages, for scripts and the search-as-you-type box. */
export function apiRoutes(getArchive: () => Archive, search: SearchFunction): Router {
  const router = Router();

  router.get('/api/search', async (req, res) => {
    const { q, truncated } = readQueryText(req.query.q);
    if (truncated) {
      sendJsonError(res, 400, `Le paramètre « q » est limité à ${MAX_QUERY_LENGTH} caractères.`);
      return;
    }
    const page = readInteger(req.query.page);
    const limit = readInteger(req.query.limit);
    const year = readInteger(req.query.year);
    const strict = readFlag(req.query.strict);
    if (strict === null) return badParam(res, 'strict', '1 (seulement les mots tapés) ou 0');
    if (!page.ok) return badParam(res, 'page', 'un numéro de page (1, 2, 3…)');
    if (!limit.ok) return badParam(res, 'limit', `un nombre de résultats entre 1 et ${MAX_PAGE_SIZE}`);
    if (!year.ok || (year.value !== undefined && !isPlausibleYear(year.value))) {
      return badParam(res, 'year', 'une année sur quatre chiffres (par exemple 2020)');
    }

    const response = await search(getArchive(), {
      q,
      reportId: readId(req.query.report),
      year: year.value,
      page: Math.max(1, page.value ?? 1),
      limit: clamp(limit.value ?? DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
      strict: strict === true,
    });
    res.json({
      query: response.query,
      total: response.total,
      page: response.page,
      limit: response.limit,
      results: response.hits.map((hit) => ({
        reportId: hit.reportId,
        reportTitle: hit.reportTitle,
        year: hit.year,
        sectionId: hit.sectionId,
        title: hit.title,
        breadcrumb: hit.breadcrumb,
        page: hit.page,
        url: hit.url,
        pageUrl: pageUrl(hit.reportId, hit.page),
        score: hit.score,
        snippet: hit.snippet,
      })),
      facets: response.facets,
      ...(response.notice ? { notice: response.notice } : {}),
      ...(response.suggestion ? { suggestion: response.suggestion } : {}),
      ...(response.truncated ? { truncated: response.truncated } : {}),
      ...(response.widened ? { widened: response.widened } : {}),
      ...(strict ? { strict: true } : {}),
    });
  });

  router.get('/api/reports', async (_req, res) => {
    res.json({ reports: (await getArchive().reports()).map((r) => ({ ...r, ...reportLinks(r.id) })) });
  });

  router.get('/api/reports/:reportId', async (req, res) => {
    const found = await getArchive().report(req.params.reportId);
    if (!found) return sendJsonError(res, 404, `Rapport introuvable : « ${req.params.reportId} ».`);
    res.json({ ...found.meta, ...reportLinks(found.meta.id), sections: found.sections.map(sectionSummary) });
  });

  router.get('/api/reports/:reportId/sections/:sectionId', async (req, res) => {
    const archive = getArchive();
    if (!(await archive.report(req.params.reportId))) {
      return sendJsonError(res, 404, `Rapport introuvable : « ${req.params.reportId} ».`);
    }
    const section = await archive.section(req.params.reportId, req.params.sectionId);
    if (!section) {
      return sendJsonError(res, 404, `Section introuvable dans ce rapport : « ${req.params.sectionId} ».`);
    }
    res.json({ reportId: section.reportId, ...sectionSummary(section), text: section.text });
  });

  router.get('/api/suggest', async (req, res) => {
    const { q } = readQueryText(req.query.q);
    const suggestions = q ? await getArchive().suggest(q, MAX_SUGGESTIONS) : [];
    // OpenSearch clients (browser address bars) expect a bare array: [query, [completions]].
    if (req.query.format === 'opensearch') {
      res.type('application/x-suggestions+json').json([q, suggestions]);
      return;
    }
    res.json({ query: q, suggestions });
  });

  router.get('/healthz', async (_req, res) => {
    const archive = getArchive();
    const reports = await archive.reports();
    const memory = process.memoryUsage();
    res.json({
      status: 'ok',
      builtAt: archive.builtAt,
      reports: reports.length,
      sections: reports.reduce((sum, r) => sum + r.sectionCount, 0),
      // For `npm run load` and operators: what this process holds, in bytes.
      memory: { rss: memory.rss, heapUsed: memory.heapUsed },
    });
  });

  return router;
}

function badParam(res: Response, name: string, expected: string): void {
  sendJsonError(res, 400, `Le paramètre « ${name} » doit être ${expected}.`);
}
