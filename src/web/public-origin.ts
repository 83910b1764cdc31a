// The absolute base of the archive's own URLs (OpenSearch needs absolute ones). An operator behind a
// proxy sets PUBLIC_URL; otherwise it comes from the request, whose Host header the visitor chooses:
// a value that is not a plain host name, IP address and port is never written back.
import type { Request } from 'express';

/** Where the archive answers when the request says nothing usable. */
export const FALLBACK_ORIGIN = 'http://localhost';

// A DNS name (labels of letters, digits and inner hyphens), an IPv4 address or a bracketed IPv6
// address, then an optional port.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const SANE_HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?$`, 'i');

export function isSaneHost(host: string): boolean {
  return host.length <= 260 && SANE_HOST.test(host);
}

/**
 * `publicUrl` when the operator set it; else the request's scheme and host, which Express reads
 * from X-Forwarded-Proto / X-Forwarded-Host only when `trust proxy` is on (TRUST_PROXY).
 */
export function publicOrigin(req: Request, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl;
  const host = req.host;
  const protocol = req.protocol === 'https' ? 'https' : 'http';
  return host && isSaneHost(host) ? `${protocol}://${host}` : FALLBACK_ORIGIN;
}

/** PUBLIC_URL as the base of absolute URLs: an http(s) URL without query or fragment, no trailing slash. */
export function parsePublicUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not a URL at all: the caller reports the variable as invalid.
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Where createApp keeps PUBLIC_URL, so that every route builds absolute URLs on the same origin. */
export const PUBLIC_URL_SETTING = 'archive public url';

/** `publicOrigin` with the app's own PUBLIC_URL (set by createApp). */
export function appOrigin(req: Request): string {
  return publicOrigin(req, req.app.get(PUBLIC_URL_SETTING) as string | undefined);
}
