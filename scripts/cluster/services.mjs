// The parts of the several-server stack (`pnpm cluster`, `pnpm cluster:faults`), each started the
// way a clinic's server would run it: Debian's PostgreSQL, Redis and nginx, an S3-compatible
// server from npm (fauxqs), and the built CMS and website. Every part is a child process of this
// one; stopAll() ends them all.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx as startDebianNginx } from '../../packages/testing/src/nginx.mjs';
import { repoRoot } from '../lib/util.mjs';

const cmsDir = join(repoRoot, 'apps/cms');
const webDir = join(repoRoot, 'apps/web');
const isRoot = process.getuid?.() === 0;

const children = new Set();

/** Starts a long-running child; its output goes to `log` (prefixed) and its handle is tracked. */
export function startProcess(name, command, args, { env = {}, cwd = repoRoot, log = () => {}, uid, gid } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], uid, gid, detached: false });
  const output = [];
  const collect = (chunk) => {
    const text = String(chunk);
    output.push(text);
    if (output.length > 400) output.splice(0, 200);
    for (const line of text.split('\n').filter(Boolean)) log(`${name} | ${line}`);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return {
    name,
    child,
    output,
    get running() { return child.exitCode === null && child.signalCode === null; },
    kill(signal = 'SIGKILL') {
      if (this.running) child.kill(signal);
      return new Promise((resolve) => (this.running ? child.once('exit', resolve) : resolve()));
    },
  };
}

export async function waitForUrl(url, { accept = (status) => status < 500, timeoutMs = 180_000, proc, label = url } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (proc && !proc.running) throw new Error(`${proc.name} exited before ${label} answered:\n${proc.output.join('').slice(-3000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.body?.cancel();
      if (accept(response.status)) return Date.now() - started;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} did not answer within ${timeoutMs / 1000} s`);
}

function pgBin(name) {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  return join('/usr/lib/postgresql', versions[0], 'bin', name);
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root (PostgreSQL refuses root). */
function asPostgres(tool, args, options = {}) {
  const [command, fullArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', pgBin(tool), ...args]] : [pgBin(tool), args];
  return execFileSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** A PostgreSQL cluster of its own in `dir` (kept between runs), listening on 127.0.0.1:port. */
export async function startPostgres({ dir, port, database = 'clinic' }) {
  const data = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  mkdirSync(socketDir, { recursive: true });
  if (isRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const fresh = !existsSync(join(data, 'PG_VERSION'));
  if (fresh) asPostgres('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--no-instructions']);
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pg = {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start() { asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']); },
    stop(mode = 'fast') { try { asPostgres('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']); } catch { /* not running */ } },
    restart() { asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-m', 'fast', '-w', 'restart']); },
  };
  pg.stop('immediate'); // a cluster left running by an interrupted run
  pg.start();
  const exists = asPostgres('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-tAc', `SELECT 1 FROM pg_database WHERE datname='${database}'`]).trim();
  if (!exists) asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
  return { ...pg, fresh };
}

function postgresIds() {
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

/** Redis for the website's shared state; nothing saved to disk (cache, counts, ten-minute states). */
export async function startRedis({ port, log }) {
  const start = () => startProcess('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { log });
  const redis = { url: `redis://127.0.0.1:${port}`, proc: start(), start() { this.proc = start(); return this.ready(); } };
  redis.ready = async () => {
    const started = Date.now();
    while (!redis.proc.output.join('').includes('Ready to accept connections')) {
      if (!redis.proc.running) throw new Error(`redis-server exited:\n${redis.proc.output.join('')}`);
      if (Date.now() - started > 30_000) throw new Error('redis-server did not start within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await redis.ready();
  return redis;
}

/** S3-compatible storage for uploads (fauxqs, path-style), objects kept as files in `dir`. */
export async function startS3({ dir, port, bucket, log }) {
  mkdirSync(join(dir, 'objects'), { recursive: true });
  const init = join(dir, 'init.json');
  writeFileSync(init, JSON.stringify({ buckets: [bucket] }));
  // dist/server.js is fauxqs's entry that honours FAUXQS_S3_STORAGE_DIR (its CLI keeps objects in memory).
  const proc = startProcess('s3', process.execPath, [join(repoRoot, 'node_modules/fauxqs/dist/server.js')], {
    log,
    env: { FAUXQS_PORT: String(port), FAUXQS_HOST: '127.0.0.1', FAUXQS_INIT: init, FAUXQS_S3_STORAGE_DIR: join(dir, 'objects'), FAUXQS_LOGGER: 'false' },
  });
  await waitForUrl(`http://127.0.0.1:${port}/health`, { accept: (status) => status === 200, proc, label: 'fauxqs' });
  return { proc, endpoint: `http://127.0.0.1:${port}`, bucket, publicUrl: `http://127.0.0.1:${port}/${bucket}` };
}

export function startCms({ name, port, env, log }) {
  return startProcess(name, process.execPath, [join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: cmsDir, log, env: { ...env, PORT: String(port), HOST: '127.0.0.1', STRAPI_STARTUP_LOG: 'false' },
  });
}

export function startWeb({ name, port, env, log }) {
  return startProcess(name, process.execPath, [join(webDir, '.output/server/index.mjs')], {
    cwd: webDir, log, env: { ...env, PORT: String(port), NITRO_PORT: String(port), HOST: '127.0.0.1', NITRO_HOST: '127.0.0.1' },
  });
}

/** Debian's nginx in front: the site on `sitePort`, the CMS (admin, API) on `cmsPort`. */
export async function startNginx({ dir, sitePort, cmsPort, webPorts, cmsPorts, s3, log }) {
  let proc;
  const nginx = await startDebianNginx({
    dir, workers: 2, http: nginxHttp({ sitePort, cmsPort, webPorts, cmsPorts, s3 }), readyUrl: `http://127.0.0.1:${sitePort}/nginx-health`,
    start: (command, args) => (proc = startProcess('nginx', command, args, { log })).child,
  });
  return { proc, config: nginx.config };
}

/** The http block of the cluster's nginx.conf (packages/testing/src/nginx.mjs writes the rest). */
function nginxHttp({ sitePort, cmsPort, webPorts, cmsPorts, s3 }) {
  const upstream = (name, ports) => `  upstream ${name} {\n${ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n')}\n    keepalive 16;\n  }`;
  // Not http_503: the apps answer 503 on purpose (a form that cannot be taken right now), and
  // nginx would count it as the instance failing and soon mark every instance down.
  const proxied = (retry = 'error timeout http_502') => `
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # The visitor's address, appended by nginx (the apps trust this proxy only).
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      # An instance that is down, or dies mid-request, is skipped: the request goes to the other.
      proxy_next_upstream ${retry};
      proxy_next_upstream_tries 2;`;
  return `  client_max_body_size 50m;

  # users-permissions' sign-in, registration and password routes (and the admin's login): 5 in a
  # burst, then one a minute per visitor address, counted here, where every request to every CMS
  # instance passes (Strapi's own limit is in each instance's memory).
  limit_req_zone $binary_remote_addr zone=auth:10m rate=1r/m;
  limit_req_status 429;

${upstream('website', webPorts)}
${upstream('cms', cmsPorts)}

  server {
    listen 127.0.0.1:${sitePort};
    location = /nginx-health { return 200 "ok\\n"; }
    # Form posts carry an idempotency key (the CMS stores once per key), so retrying one on the
    # other instance cannot store it twice.
    location /forms/ {
      proxy_pass http://website;${proxied('error timeout http_502 non_idempotent')}
    }
    location / {
      proxy_pass http://website;${proxied()}
    }
  }

  server {
    listen 127.0.0.1:${cmsPort};
    location ~ ^/(api/auth|api/connect|admin/login|admin/register-admin|admin/forgot-password|admin/reset-password)(/|$) {
      limit_req zone=auth burst=4 nodelay;
      proxy_pass http://cms;${proxied()}
    }
    # Visitor forms, sent on by the website: stored once per idempotency key, so safe to retry.
    location ~ ^/api/(inquiries|comments)/submit$ {
      proxy_pass http://cms;${proxied('error timeout http_502 non_idempotent')}
    }
    # Uploaded media live in the S3 bucket (the admin's thumbnails; the site serves its own copy
    # through its /uploads proxy).
    location /uploads/ {
      proxy_pass ${s3.publicUrl}/;
    }
    location / {
      proxy_pass http://cms;${proxied()}
    }
  }
`;
}

/** Ends every child still running (SIGTERM, then SIGKILL after `graceMs`). */
export async function stopAllProcesses(graceMs = 5000) {
  const running = [...children].filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  await Promise.race([
    Promise.all(running.map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve))))),
    new Promise((resolve) => setTimeout(resolve, graceMs)),
  ]);
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
