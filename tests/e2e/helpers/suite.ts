// One browser and one server per test file, started once: keeps the whole browser run short.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startArchiveServer, type RunningServer } from './server';

export interface BrowserSuite {
  readonly browser: Browser;
  readonly baseUrl: string;
  url(path: string): string;
}

/** Registers beforeAll/afterAll hooks; the returned object is usable inside tests. */
export function useBrowserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startArchiveServer()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
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
