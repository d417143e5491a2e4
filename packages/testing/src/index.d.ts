// Types for the shared test helpers (the helpers themselves are plain .mjs).
import type { Server } from 'node:http';

export interface StartedCms {
  /** A booted, seeded Strapi instance (typed loosely: tests reach into its services). */
  strapi: any;
  url: string;
  graphqlUrl: string;
  httpServer: Server;
  /** Creates a Strapi API token and returns the secret to send as `Authorization: Bearer`. */
  createApiToken(type?: 'read-only' | 'full-access', name?: string): Promise<string>;
  /** Creates an article that exists only as a draft. */
  createDraftArticle(data?: Record<string, unknown>): Promise<{ documentId: string; slug: string; title: string }>;
  /** Publishes an article the way staff would, filed under the published topics with these slugs. */
  createPublishedArticle(data: { title: string; slug?: string; topics?: string[]; [field: string]: unknown }): Promise<{ documentId: string; slug: string; title: string }>;
  stop(): Promise<void>;
}

export interface CmsProcess {
  url: string;
  port: number;
  env: Record<string, string>;
  output: string[];
  stop(): Promise<void>;
  cleanup(): void;
}

export function startCms(options?: { env?: Record<string, string>; seed?: boolean }): Promise<StartedCms>;
export function startCmsProcess(options?: { port?: number; env?: Record<string, string> }): Promise<CmsProcess>;
export function waitForHealth(url: string, options?: { timeoutMs?: number; child?: unknown }): Promise<number>;
export function throwawayCmsEnv(overrides?: Record<string, string>): { dir: string; env: Record<string, string> };
export const cmsDir: string;
export const repoRoot: string;
export const webDir: string;

export interface WebProcess {
  url: string;
  port: number;
  output: string[];
  stop(): Promise<void>;
}
export function startWebProcess(options: { cmsUrl: string; port?: number; env?: Record<string, string> }): Promise<WebProcess>;
export function freePort(): Promise<number>;
export const CHROMIUM_ARGS: string[];
export function launchChromium(options?: {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  requireFrom?: string;
}): Promise<{ context: any; newPage(): Promise<any>; close(): Promise<void> }>;
/** The upper bound of every browser wait (a busy two-core machine); ready sooner goes on at once. */
export const BROWSER_WAIT_MS: number;
/** A new tab with patient default timeouts, its fetch/XHR calls tracked for waitForNetworkIdle. */
export function openPage(context: any): Promise<any>;
export function trackNetwork(page: any): void;
/** Resolves once the page's own fetch/XHR calls have finished and stayed quiet for `quietMs`. */
export function waitForNetworkIdle(page: any, options?: { timeout?: number; quietMs?: number }): Promise<void>;
/** Resolves once nothing matching the locator is visible (a spinner, a "Loading…" text). */
export function waitForGone(locator: any, options?: { timeout?: number }): Promise<void>;
/** The Strapi admin has finished loading: its "Loading content." gone, its API calls finished. */
export function adminSettled(page: any): Promise<void>;
/** Logs in through the Strapi admin's login form (a page from openPage) and waits for its home. */
export function logInToAdmin(page: any, cmsUrl: string, email: string, password: string): Promise<any>;
export function postgresAdminUrl(): string | null;
export function createThrowawayDatabase(adminUrl: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }>;

export interface StartedNginx {
  child: import('node:child_process').ChildProcess;
  config: string;
  stop(): Promise<void>;
}
/** Debian's nginx from a directory of its own (config, pid, logs, temp files), in the foreground. */
export function startNginx(options: {
  dir: string;
  /** The body of nginx.conf's http block (servers, upstreams…). */
  http: string;
  readyUrl: string;
  workers?: number;
  workerConnections?: number;
  start?: (command: string, args: string[]) => import('node:child_process').ChildProcess;
  timeoutMs?: number;
}): Promise<StartedNginx>;
