// Collects everything a reader would never see but that means the page is broken: console errors,
// uncaught exceptions, failed requests and error responses.
import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Problems seen since the last `take()`, then forgets them. */
  take(): string[];
}

/** `allowedStatus(url, status)` lets a test expect its own error page (e.g. the 404 it asked for). */
export function watchPage(
  page: Page,
  allowedStatus: (url: string, status: number) => boolean = () => false,
): PageProblems {
  let problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Chromium logs every ≥ 400 response as a console error too; those are judged by status below.
    if (/Failed to load resource: the server responded with a status of/.test(text)) return;
    problems.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // Search as you type aborts stale requests on purpose, and the browser cancels a page's favicon
    // fetch when the next page replaces it before it arrived: neither is something a user sees fail.
    // (The favicon's address carries a content fingerprint, `?v=…`: its path is what names it.)
    const path = new URL(request.url()).pathname;
    if (reason === 'net::ERR_ABORTED' && (path.startsWith('/api/') || path.endsWith('/favicon.svg'))) return;
    // The browser's own PDF viewer (an extension page and its chrome://resources modules) is cancelled
    // when the reader leaves a PDF before it finished loading.
    if (reason === 'net::ERR_ABORTED' && /^chrome(-extension)?:\/\//.test(request.url())) return;
    // Its viewer also takes over a PDF's own request and fetches the file again itself: on a loaded
    // machine the first request is then reported cancelled (seen once in a full run), while the PDF
    // shows (the tests check the answer and the viewer's address).
    if (reason === 'net::ERR_ABORTED' && path.endsWith('/original')) return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status >= 400 && !allowedStatus(response.url(), status)) {
      problems.push(`HTTP ${status}: ${response.url()}`);
    }
  });
  return {
    take() {
      const seen = problems;
      problems = [];
      return seen;
    },
  };
}
