import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ArchiveUnavailableError } from '../../search';
import type { ViewEngine } from '../view-engine';

export interface NotFoundCopy {
  heading: string;
  message: string;
  /** 410 when what was there is gone for good (a source file replaced since indexing). */
  status?: 404 | 410;
  /** Where the reader can go instead of searching, e.g. back to the report's text. */
  link?: { url: string; label: string };
}

export const REPORT_NOT_FOUND: NotFoundCopy = {
  heading: 'Rapport introuvable',
  message: 'Ce rapport n’existe pas ou n’est plus dans l’archive. Cherchez-le par son contenu :',
};

export function sendNotFoundPage(res: Response, views: ViewEngine, copy: NotFoundCopy): void {
  const { status = 404, ...shown } = copy;
  res.status(status).send(views.render('not-found', { title: copy.heading, q: '', reportOptions: [], ...shown }));
}

export function sendJsonError(res: Response, status: number, error: string): void {
  res.status(status).json({ error });
}

/** Routes match without regard to case (Express's default), so « /API/nope » is an API path too. */
function isApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/api' || lower.startsWith('/api/') || lower === '/healthz';
}

export function notFoundHandler(views: ViewEngine): RequestHandler {
  return (req, res) => {
    if (isApiPath(req.path)) {
      sendJsonError(res, 404, 'Ressource introuvable. Les routes disponibles commencent par /api/search, /api/reports et /api/suggest.');
      return;
    }
    sendNotFoundPage(res, views, {
      heading: 'Page introuvable',
      message: 'Cette adresse ne correspond à aucune page de l’archive. Vous pouvez lancer une recherche :',
    });
  };
}

/**
 * Last line of defence: the visitor gets a French page (or JSON) without any internal detail,
 * the operator gets the stack in the server log.
 */
export function errorHandler(views: ViewEngine, log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const api = isApiPath(req.path);
    // The path only: what people searched for reaches a log only where the operator asks for it
    // (ACCESS_LOG_QUERIES), and a warming process replays other people's searches.
    const where = `${req.method} ${req.path}`;
    // The archive's backend is away (a database restarting): say so and let the reader retry; the
    // process stays up and the next request tries again.
    if (error instanceof ArchiveUnavailableError) {
      log(`Archive indisponible sur ${where} : ${error.cause instanceof Error ? error.cause.message : error.message}`);
      res.set('Retry-After', '5');
      if (api) {
        sendJsonError(res, 503, error.message);
        return;
      }
      res.status(503).send(views.render('error', { title: 'Archive indisponible', heading: 'Archive momentanément indisponible', message: error.message }));
      return;
    }
    // Errors Express raises for bad requests (e.g. an undecodable %-sequence) carry a 4xx status.
    const status = clientErrorStatus(error);
    if (status === undefined) {
      log(`Erreur interne sur ${where} : ${error instanceof Error ? error.stack : String(error)}`);
    }
    const code = status ?? 500;
    const message = status === undefined
      ? 'Une erreur inattendue est survenue. Réessayez dans un instant ; si elle persiste, prévenez l’équipe qui gère l’archive.'
      : 'La requête est mal formée (adresse ou paramètre illisible). Vérifiez l’adresse et réessayez.';
    if (api) {
      sendJsonError(res, code, message);
      return;
    }
    res.status(code).send(views.render('error', {
      title: status === undefined ? 'Erreur' : 'Requête invalide',
      heading: status === undefined ? 'Une erreur est survenue' : 'Requête invalide',
      message,
    }));
  };
}

function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status
    ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
