import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// Debian's Chromium driven by playwright-core (never `playwright install`). The flags keep it
// from calling home on a machine with no internet.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium({ javaScriptEnabled = true, viewport = { width: 1280, height: 900 }, requireFrom = process.cwd() } = {}) {
  // Resolve playwright-core from the calling package (it is that package's devDependency).
  const require = createRequire(join(requireFrom, 'package.json'));
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'clinic-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled,
    viewport,
  });
  return {
    context,
    /** A new tab that waits patiently (see openPage). */
    newPage: () => openPage(context),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Browser tests wait on what the page shows (a field with its value, a spinner gone, the page's
// own API calls finished), never on a guessed duration. On a busy two-core machine the admin's
// first load alone can take minutes, so every wait has a generous UPPER bound: a test that is ready
// sooner goes on at once.
export const BROWSER_WAIT_MS = 180_000;

const inFlight = new WeakMap();

/** A new tab with patient default timeouts, its fetch/XHR calls tracked for waitForNetworkIdle. */
export async function openPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(BROWSER_WAIT_MS);
  page.setDefaultNavigationTimeout(BROWSER_WAIT_MS);
  trackNetwork(page);
  return page;
}

/** Starts counting a page's fetch/XHR requests that have not finished (openPage does this). */
export function trackNetwork(page) {
  if (inFlight.has(page)) return;
  const pending = new Set();
  inFlight.set(page, pending);
  page.on('request', (request) => {
    if (['fetch', 'xhr'].includes(request.resourceType())) pending.add(request);
  });
  const settle = (request) => pending.delete(request);
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('close', () => pending.clear());
}

/**
 * Resolves once none of the page's own fetch/XHR calls is in flight and none has started for
 * `quietMs` (the same definition of "network idle" as Playwright's navigation `networkidle`, which
 * a single-page app's later calls never reach). Throws after `timeout`, naming what is pending.
 */
export async function waitForNetworkIdle(page, { timeout = BROWSER_WAIT_MS, quietMs = 500 } = {}) {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('waitForNetworkIdle needs a page from openPage() or trackNetwork(page)');
  const deadline = Date.now() + timeout;
  let quietSince = null;
  for (;;) {
    if (pending.size === 0) {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= quietMs) return;
    } else quietSince = null;
    if (Date.now() > deadline) {
      throw new Error(`The page's requests did not finish within ${timeout} ms: ${[...pending].map((request) => request.url()).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // how often to look, not how long to wait
  }
}

/** Resolves once nothing matching `locator` is visible (a spinner, a "Loading…" text); upper bound `timeout`. */
export async function waitForGone(locator, { timeout = BROWSER_WAIT_MS } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const visible = await locator.evaluateAll((nodes) => nodes.filter((node) => node.getClientRects().length > 0).length).catch(() => 0);
    if (visible === 0) return;
    if (Date.now() > deadline) throw new Error(`Still visible after ${timeout} ms: ${locator}`);
    await new Promise((resolve) => setTimeout(resolve, 50)); // how often to look, not how long to wait
  }
}

// The Strapi admin (a large single-page app): its own "Loading content." text and its API calls.

/** The admin has finished what it was doing: no "Loading content." on screen, no API call in flight. */
export async function adminSettled(page) {
  await waitForGone(page.getByText(/^Loading content/i));
  await waitForNetworkIdle(page);
  await waitForGone(page.getByText(/^Loading content/i));
}

/** Logs in through the admin's real login form (a page from openPage) and waits for its home. */
export async function logInToAdmin(page, cmsUrl, email, password) {
  await page.goto(`${cmsUrl}/admin/auth/login`);
  // The form appears once the admin's bundle has loaded and started.
  const emailField = page.getByLabel(/email/i);
  await emailField.waitFor({ state: 'visible' });
  await emailField.fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await page.waitForURL(/\/admin(?!\/auth)/);
  await adminSettled(page);
  return page;
}
