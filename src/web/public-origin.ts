// The origin absolute links are built on (citations). One function on purpose: once the app takes a
// configured public URL (PUBLIC_URL), this is the only place that switches to it.
import type { Request } from 'express';

// A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: anything else in
// the Host header is not echoed into pages and citations (nor into the render cache's keys).
const PLAIN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function publicOrigin(req: Request): string {
  const host = req.get('host') ?? '';
  return `${req.protocol}://${PLAIN_HOST.test(host) ? host.toLowerCase() : 'localhost'}`;
}
