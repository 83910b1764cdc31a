import { create as contentDisposition } from 'content-disposition';
import { Router } from 'express';
import type { Archive, ReportSummary } from '../../search';
import { asciiFileName, type OriginalFiles } from '../original-file';
import { reportUrl } from '../search-url';
import type { ViewEngine } from '../view-engine';
import { REPORT_NOT_FOUND, sendNotFoundPage, type NotFoundCopy } from './errors';

/**
 * GET /rapports/:reportId/original: the report's source file, shown by the browser (a PDF opens at
 * `#page=N`). The id is looked up in the archive; only the file name the index recorded reaches the
 * file system, and `originals` keeps it inside the corpus folder.
 */
export function originalRoutes(
  getArchive: () => Archive,
  originals: OriginalFiles,
  views: ViewEngine,
  log: (line: string) => void,
): Router {
  const router = Router();

  router.get('/rapports/:reportId/original', async (req, res) => {
    const found = await getArchive().report(req.params.reportId);
    if (!found) {
      sendNotFoundPage(res, views, REPORT_NOT_FOUND);
      return;
    }
    const { meta } = found;
    const located = await originals.locate(meta);
    switch (located.status) {
      case 'refused':
        sendNotFoundPage(res, views, unavailable(meta));
        return;
      case 'missing':
        log(`Document original introuvable pour « ${meta.id} » (${meta.sourceFile}) : ${located.detail}. Remettez le fichier dans le corpus ou relancez « npm run reindex ».`);
        sendNotFoundPage(res, views, unavailable(meta));
        return;
      case 'changed':
        log(`Document original modifié depuis l’indexation pour « ${meta.id} » (${meta.sourceFile}) : relancez « npm run reindex ».`);
        sendNotFoundPage(res, views, replaced(meta));
        return;
      case 'ready':
        res.sendFile(located.file, {
          root: located.root,
          headers: {
            'Content-Type': located.contentType,
            'Content-Disposition': contentDisposition(located.fileName, { type: 'inline', fallback: asciiFileName(located.fileName) }),
          },
        }, (error) => {
          // Removed between the check and the read; a reader who closed the tab needs no answer.
          if (!error || res.headersSent || (error as NodeJS.ErrnoException).code === 'ECONNABORTED') return;
          log(`Document original illisible pour « ${meta.id} » (${meta.sourceFile}) : ${error.message}.`);
          sendNotFoundPage(res, views, unavailable(meta));
        });
    }
  });

  return router;
}

function backToText(meta: ReportSummary) {
  return { url: reportUrl(meta.id), label: `Lire « ${meta.title} » dans l’archive` };
}

function unavailable(meta: ReportSummary): NotFoundCopy {
  return {
    heading: 'Document original indisponible',
    message: `Le fichier d’origine de « ${meta.title} » n’est pas disponible sur ce serveur. Son texte reste consultable dans l’archive, ou cherchez un autre passage :`,
    link: backToText(meta),
  };
}

function replaced(meta: ReportSummary): NotFoundCopy {
  return {
    status: 410,
    heading: 'Document original remplacé',
    message: `Le fichier d’origine de « ${meta.title} » a été modifié depuis son indexation : il ne correspond plus au texte de l’archive et n’est donc pas proposé. Réessayez après la prochaine mise à jour de l’archive, ou cherchez un autre passage :`,
    link: backToText(meta),
  };
}
