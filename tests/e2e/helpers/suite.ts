// One browser and one server per test file, started once: keeps the whole browser run short.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser';
import { watchPage, type PageProblems } from './page-problems';
import { startArchiveServer, type ArchiveSource, type RunningServer } from './server';

export interface BrowserSuite {
  readonly browser: Browser;
  readonly baseUrl: string;
  url(path: string): string;
}

/** A corpus other than the real one, and how to clean it up after the file's tests. */
export interface SuiteSource extends ArchiveSource {
  remove?(): Promise<void>;
}

/**
 * Registers beforeAll/afterAll hooks; the returned object is usable inside tests. Serves the real
 * corpus unless `open` gives another one.
 */
export function useBrowserSuite(open?: () => Promise<SuiteSource>): BrowserSuite {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  let source: SuiteSource | undefined;

  beforeAll(async () => {
    source = await open?.();
    [browser, server] = await Promise.all([launchBrowser(), startArchiveServer(source)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
    await source?.remove?.();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`[e2e] ${what} not started: did beforeAll fail?`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get baseUrl() {
      return started(server, 'server').baseUrl;
    },
    url(path: string) {
      return `${started(server, 'server').baseUrl}${path}`;
    },
  };
}

export interface WatchedPageOptions {
  /** Error statuses a test asks for on purpose (its own 404 page). */
  allowedStatus?: (url: string, status: number) => boolean;
  /** Runs on the new context before the page opens (permissions, folders). */
  prepare?: (context: BrowserContext) => Promise<void> | void;
}

/**
 * One page for a whole test file, watched for console errors and failed requests, closed after it.
 * The page is handed over through `use`, since it only exists once the hooks have run.
 */
export function useWatchedPage(
  suite: BrowserSuite,
  use: (opened: { page: Page; problems: PageProblems }) => void,
  options: WatchedPageOptions = {},
): void {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await newContext(suite.browser);
    await options.prepare?.(context);
    const page = await context.newPage();
    use({ page, problems: watchPage(page, options.allowedStatus) });
  });
  afterAll(async () => {
    await context?.close();
  });
}
