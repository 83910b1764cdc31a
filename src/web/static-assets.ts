// /static with long-lived caching that never serves a stale file: the layout links each asset with
// a fingerprint of its content (`/static/style.css?v=3f2a…`), and a request carrying the current
// fingerprint may be cached for a year. Anything else — a file imported by another (app.js imports
// ./js/*.js), an old fingerprint, none — is revalidated on every use with its ETag (a 304 when unchanged).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import express, { type RequestHandler } from 'express';

export const STATIC_PREFIX = '/static';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export interface StaticAssets {
  /** Serves the public folder under STATIC_PREFIX. */
  handler: RequestHandler;
  /** `/static/style.css` → `/static/style.css?v=<fingerprint>`; a path it does not know is returned as is. */
  url(path: string): string;
}

/** Reads every file of `publicDir` once, at start, to fingerprint it (a few small files). */
export function createStaticAssets(publicDir: string): StaticAssets {
  const fingerprints = new Map<string, string>();
  for (const file of filesUnder(publicDir)) {
    const urlPath = `${STATIC_PREFIX}/${relative(publicDir, file).split(sep).join('/')}`;
    fingerprints.set(urlPath, createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12));
  }
  const serve = express.static(publicDir, {
    index: false,
    fallthrough: true,
    setHeaders(res) {
      const { req } = res;
      const current = fingerprints.get(`${STATIC_PREFIX}${req.path}`);
      const asked = typeof req.query.v === 'string' ? req.query.v : undefined;
      res.setHeader('Cache-Control', current !== undefined && asked === current ? IMMUTABLE : REVALIDATE);
    },
  });
  return {
    handler: serve,
    url(path) {
      const fingerprint = fingerprints.get(path);
      return fingerprint === undefined ? path : `${path}?v=${fingerprint}`;
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}
