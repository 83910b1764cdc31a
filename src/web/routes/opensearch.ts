import { Router } from 'express';
import { publicOrigin } from '../public-origin';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Lets browsers add the archive as a search engine (with suggestions in the address bar).
 * OpenSearch wants absolute URLs: under PUBLIC_URL when set, else the request's own (checked) host.
 */
export function openSearchRoutes(publicUrl?: string): Router {
  const router = Router();
  router.get('/opensearch.xml', (req, res) => {
    const origin = escapeXml(publicOrigin(req, publicUrl));
    // Without PUBLIC_URL the body depends on the Host header: a shared cache must not serve one host's URLs to another.
    if (publicUrl === undefined) res.vary('Host');
    res.type('application/opensearchdescription+xml').send(`<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>Archive Nexem</ShortName>
  <Description>Recherche plein texte dans les rapports annuels de Nexem</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>fr-FR</Language>
  <Image height="16" width="16" type="image/svg+xml">${origin}/static/favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}/recherche?q={searchTerms}"/>
  <Url type="application/x-suggestions+json" method="get" template="${origin}/api/suggest?format=opensearch&amp;q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${origin}/opensearch.xml"/>
  <moz:SearchForm>${origin}/</moz:SearchForm>
</OpenSearchDescription>
`);
  });
  return router;
}
