// Driving the real Strapi admin in Chromium by what it shows, never by guessed durations: the
// admin is a large single-page app that, on a busy two-core machine, can take minutes to load
// its bundle and then fetches the document, its layout and permissions. Each step waits for the
// admin's own state (its loading text gone, its API calls finished, the field visible with its
// value), with an upper bound (BROWSER_WAIT_MS) that a ready page never waits for.
import { expect } from 'vitest';
import { adminSettled, BROWSER_WAIT_MS } from '@clinic/testing';

type Page = any;

/**
 * Opens an edit view (or the create view) and waits until it is really usable: the document and
 * its layout loaded, the title field visible (with `title` as its value when given), Save shown.
 */
export async function openEditView(page: Page, url: string, { title }: { title?: string } = {}) {
  if (url !== page.url()) await page.goto(url);
  await adminSettled(page);
  const field = page.getByLabel(/^title/i);
  await field.waitFor({ state: 'visible' });
  if (title !== undefined) await expect.poll(() => field.inputValue(), { timeout: BROWSER_WAIT_MS }).toBe(title);
  await page.getByRole('button', { name: /^save$/i }).waitFor({ state: 'visible' });
  return field;
}

/** Clicks Save and waits for the admin to confirm it and to finish reloading the document. */
export async function save(page: Page) {
  const button = page.getByRole('button', { name: /^save$/i });
  await expect.poll(() => button.isEnabled(), { timeout: BROWSER_WAIT_MS }).toBe(true);
  await button.click();
  await page.getByText(/saved document/i).first().waitFor({ state: 'visible' });
  await adminSettled(page);
}
