import { Router } from 'express';
import type { Archive } from '../../search/archive';
import { reportView } from '../report-view';
import { isPlausibleYear, readId, readInteger, readQueryText } from '../request-params';
import type { SearchFunction } from '../search-cache';
import { searchView } from '../search-view';
import { reportUrl } from '../search-url';
import { createRenderCache } from '../render-cache';
import type { ViewEngine } from '../view-engine';
import { sendNotFoundPage } from './errors';

/** Report pages are ~150 KB each: a few dozen stay in memory. */
const CACHED_REPORT_PAGES = 32;

export function pageRoutes(getArchive: () => Archive, search: SearchFunction, views: ViewEngine): Router {
  const router = Router();
  const reportPages = createRenderCache(CACHED_REPORT_PAGES);

  router.get('/', (_req, res) => {
    const archive = getArchive();
    res.send(views.render('home', {
      title: 'Accueil',
      q: '',
      reportOptions: [],
      reports: archive.reports().map((r) => ({ ...r, url: reportUrl(r.id) })),
    }));
  });

  router.get('/recherche', (req, res) => {
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
    };
    const response = search(archive, { q, reportId: state.reportId, year: state.year, page: state.page });
    res.send(views.render('search', searchView({
      response,
      state: { ...state, page: response.page },
      reports: archive.reports(),
      truncated,
    })));
  });

  router.get('/rapports/:reportId', (req, res) => {
    const archive = getArchive();
    const found = archive.report(req.params.reportId);
    if (!found) {
      sendNotFoundPage(res, views, {
        heading: 'Rapport introuvable',
        message: 'Ce rapport n’existe pas ou n’est plus dans l’archive. Cherchez-le par son contenu :',
      });
      return;
    }
    const { q } = readQueryText(req.query.q);
    res.send(reportPages.get(archive, `${found.meta.id}\u0000${q}`, () => views.render('report', reportView({
      meta: found.meta,
      sections: found.sections,
      reports: archive.reports(),
      q,
      highlight: q ? archive.paragraphHighlighter(q) : undefined,
    }))));
  });

  return router;
}
