import { Router } from 'express';
import type { Archive } from '../../search';
import type { Section } from '../../types';
import { citer } from '../citation';
import { appOrigin } from '../public-origin';
import { reportList } from '../report-list';
import { readApiSearchParams, readQueryText } from '../request-params';
import type { SearchFunction, TimelineFunction } from '../search-cache';
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
export function apiRoutes(getArchive: () => Archive, search: SearchFunction, timelineOf: TimelineFunction): Router {
  const router = Router();

  router.get('/api/search', async (req, res) => {
    const params = readApiSearchParams(req.query);
    if (!params.ok) return sendJsonError(res, 400, params.message);
    const archive = getArchive();
    const [response, reports] = await Promise.all([search(archive, params.request), reportList(archive)]);
    const cite = citer(reports.byId, appOrigin(req));
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
        citation: cite({ ...hit, sectionTitle: hit.title }).text,
      })),
      facets: response.facets,
      ...(response.notice ? { notice: response.notice } : {}),
      ...(response.suggestion ? { suggestion: response.suggestion } : {}),
      ...(response.truncated ? { truncated: response.truncated } : {}),
      ...(response.widened ? { widened: response.widened } : {}),
      ...(params.request.strict ? { strict: true } : {}),
    });
  });

  // The search's own timeline: same parameters and errors as /api/search; a timeline spans every
  // year, so `year`, `page` and `limit` are read (and checked) but do not change it.
  router.get('/api/timeline', async (req, res) => {
    const params = readApiSearchParams(req.query);
    if (!params.ok) return sendJsonError(res, 400, params.message);
    const timeline = await timelineOf(getArchive(), { q: params.request.q, reportId: params.request.reportId, strict: params.request.strict });
    res.json({ query: timeline.query, years: timeline.years, ...(timeline.notice ? { notice: timeline.notice } : {}) });
  });

  router.get('/api/reports', async (_req, res) => {
    res.json({ reports: (await reportList(getArchive())).all.map((r) => ({ ...r, ...reportLinks(r.id) })) });
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
    const [reports, related] = await Promise.all([reportList(archive), archive.related(section.reportId, section.id)]);
    const cite = citer(reports.byId, appOrigin(req));
    res.json({
      reportId: section.reportId,
      ...sectionSummary(section),
      text: section.text,
      citation: cite({ ...section, sectionId: section.id, sectionTitle: section.title }).text,
      related: related.map((related) => ({
        ...related,
        url: `${reportUrl(related.reportId)}#${related.sectionId}`,
      })),
    });
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

