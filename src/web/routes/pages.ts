import { Router } from 'express';
import type { Archive } from '../../search';
import { citer } from '../citation';
import { appOrigin } from '../public-origin';
import { reportList } from '../report-list';
import { reportView } from '../report-view';
import { firstString, isPlausibleYear, readFlag, readId, readInteger, readQueryText } from '../request-params';
import type { SearchFunction, TimelineFunction } from '../search-cache';
import { searchView } from '../search-view';
import { reportUrl } from '../search-url';
import { createRenderCache } from '../render-cache';
import type { ViewEngine } from '../view-engine';
import { REPORT_NOT_FOUND, sendNotFoundPage } from './errors';

/** Report pages are ~150 KB each: a few dozen stay in memory. */
const CACHED_REPORT_PAGES = 32;

export function pageRoutes(getArchive: () => Archive, search: SearchFunction, views: ViewEngine, timelineOf: TimelineFunction): Router {
  const router = Router();
  const reportPages = createRenderCache(CACHED_REPORT_PAGES);

  router.get('/', async (_req, res) => {
    const { all } = await reportList(getArchive());
    res.send(views.render('home', {
      title: 'Accueil',
      q: '',
      reportOptions: [],
      reports: all.map((r) => ({ ...r, url: reportUrl(r.id) })),
    }));
  });

  router.get('/recherche', async (req, res) => {
    const archive = getArchive();
    const { q, truncated } = readQueryText(req.query.q);
    if (q === '') {
      res.redirect(303, '/');
      return;
    }
    // A page a reader reaches by hand-editing the URL should still show something useful:
    // odd filters are dropped rather than rejected.
    const year = readInteger(req.query.annee);
    const page = readInteger(req.query.page);
    const state = {
      q,
      reportId: readId(req.query.rapport),
      year: year.ok && year.value !== undefined && isPlausibleYear(year.value) ? year.value : undefined,
      page: page.ok && page.value !== undefined ? Math.max(1, page.value) : 1,
      strict: readFlag(req.query.strict) === true,
      allReports: firstString(req.query.rapports)?.trim().toLowerCase() === 'tous',
    };
    const [response, reports, timeline] = await Promise.all([
      search(archive, { q, reportId: state.reportId, year: state.year, page: state.page, strict: state.strict, allReports: state.allReports }),
      reportList(archive),
      timelineOf(archive, { q, reportId: state.reportId, strict: state.strict }),
    ]);
    res.send(views.render('search', searchView({
      response,
      state: { ...state, page: response.page },
      reports,
      truncated,
      timeline,
      cite: citer(reports.byId, appOrigin(req)),
    })));
  });

  router.get('/rapports/:reportId', async (req, res) => {
    const archive = getArchive();
    const found = await archive.report(req.params.reportId);
    if (!found) {
      sendNotFoundPage(res, views, REPORT_NOT_FOUND);
      return;
    }
    const { q } = readQueryText(req.query.q);
    // All cheap next to rendering (a list, a compiled query, lists stored in the index): fetched
    // before the cache lookup so that the render itself stays synchronous.
    const [reports, highlight, related] = await Promise.all([
      reportList(archive),
      q ? archive.paragraphHighlighter(q) : undefined,
      Promise.all(found.sections.map((section) => archive.related(section.reportId, section.id))),
    ]);
    const relatedBySection = new Map(found.sections.map((section, i) => [section, related[i] ?? []]));
    // Citations carry absolute links: a page rendered for one host is never served to another.
    const origin = appOrigin(req);
    res.send(reportPages.get(archive, `${found.meta.id}\u0000${q}\u0000${origin}`, () => views.render('report', reportView({
      meta: found.meta,
      sections: found.sections,
      reports: reports.all,
      q,
      highlight,
      related: (section) => relatedBySection.get(section) ?? [],
      cite: citer(reports.byId, origin),
    }))));
  });

  return router;
}
