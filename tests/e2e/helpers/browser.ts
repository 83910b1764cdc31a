// One Chromium per test file, Debian's own build: never a downloaded browser (`npx playwright install`).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const INSTALL_HINT =
  `Chromium est introuvable à ${CHROMIUM_PATH}. Installez-le avec « sudo apt-get install -y chromium » ` +
  `(ou indiquez son chemin dans CHROMIUM_PATH).`;

/**
 * Whether the browser suites can run. In CI a missing browser is a failure, not a skip: a green build
 * that silently ran no browser test would hide every UI regression.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI && process.env.CI !== 'false') {
    throw new Error(`[e2e] ${INSTALL_HINT} En CI, les tests navigateur sont obligatoires.`);
  }
  console.warn(`\n⚠️  [e2e] TESTS NAVIGATEUR IGNORÉS — ${INSTALL_HINT}\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

/** French locale so the app sees what its readers' browsers send. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 }, ...options });
}
