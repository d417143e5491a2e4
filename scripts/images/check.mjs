#!/usr/bin/env node
// `pnpm images:check`: proves both production images build and boot, on a machine without a
// Docker engine. podman builds them (`--isolation chroot`, `--pull=never`, from a base image made
// here, see base-image.mjs); `podman run` is refused by this sandbox (crun's setrlimit), so each
// image's own filesystem is mounted (`podman create` + `podman mount`) and its CMD is run in a
// chroot, as the image's USER, with the image's ENV plus the secrets a deployment would pass.
// Then: the CMS answers /_health, the website's home page renders from that CMS, and each
// image's own HEALTHCHECK command passes. Prints sizes and build/boot times; exits 1 on any failure.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../packages/testing/src/cms-process.mjs';
import { repoRoot, step } from '../lib/util.mjs';
import { cacheDir, ensureBaseImage } from './base-image.mjs';

const IMAGES = {
  cms: { dockerfile: 'apps/cms/Dockerfile', tag: 'localhost/clinic-cms:check' },
  web: { dockerfile: 'apps/web/Dockerfile', tag: 'localhost/clinic-web:check' },
};

const podman = (...args) => execFileSync('podman', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  step(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

function build(name) {
  const { dockerfile, tag } = IMAGES[name];
  step(`Building the ${name} image (${dockerfile})`);
  const started = Date.now();
  // --format docker keeps HEALTHCHECK (the OCI format has no field for it). The build's RUN steps
  // reach the npm registry through whatever this machine trusts (a proxy's CA, say): the host's
  // CA bundle and an npmrc naming it are mounted for those steps only, never stored in a layer.
  execFileSync('podman', ['build', '--isolation', 'chroot', '--pull=never', '--format', 'docker', '--layers',
    ...trustHostCertificates(), '-f', dockerfile, '--ignorefile', `${dockerfile}.dockerignore`, '-t', tag, '.'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  const buildSeconds = seconds(started);
  const [info] = JSON.parse(podman('image', 'inspect', tag));
  const sizeMb = (info.Size / 1e6).toFixed(0);
  step(`Built ${name} in ${buildSeconds} s: ${sizeMb} MB`);
  return { name, tag, info, buildSeconds, sizeMb };
}

const HOST_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
function trustHostCertificates() {
  if (!existsSync(HOST_CA_BUNDLE)) return [];
  const npmrc = join(cacheDir, 'build.npmrc');
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(npmrc, `cafile=${HOST_CA_BUNDLE}\n`);
  return ['-v', `${HOST_CA_BUNDLE}:${HOST_CA_BUNDLE}:ro`, '-v', `${npmrc}:/root/.npmrc:ro`];
}

/** What a container of this image would run: user, working directory, environment, command, health check. */
function imageConfig(info) {
  const config = info.Config ?? {};
  return {
    user: config.User ?? '',
    workdir: config.WorkingDir || '/',
    env: Object.fromEntries((config.Env ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
    cmd: [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])],
    healthcheck: config.Healthcheck?.Test ?? info.Healthcheck?.Test ?? info.HealthCheck?.Test ?? null,
  };
}

/** Mounts a fresh container's filesystem; returns its path and a cleanup. */
function mountImage(tag) {
  const container = podman('create', tag);
  const root = podman('mount', container);
  execFileSync('mount', ['-t', 'proc', 'proc', join(root, 'proc')]);
  execFileSync('mount', ['--bind', '/dev', join(root, 'dev')]);
  return {
    root,
    remove() {
      for (const dir of ['proc', 'dev']) {
        try { execFileSync('umount', ['-l', join(root, dir)]); } catch { /* already gone */ }
      }
      try { podman('umount', container); } catch { /* ignore */ }
      try { podman('rm', '-f', container); } catch { /* ignore */ }
    },
  };
}

function uidOf(root, user) {
  if (/^\d+(:\d+)?$/.test(user)) return user.includes(':') ? user : `${user}:${user}`;
  const line = readFileSync(join(root, 'etc/passwd'), 'utf8').split('\n').find((entry) => entry.startsWith(`${user}:`));
  if (!line) throw new Error(`The image's USER ${user} is not in its /etc/passwd`);
  const [, , uid, gid] = line.split(':');
  return `${uid}:${gid}`;
}

/** Runs a command in the image's filesystem as its USER, in its WORKDIR, with its ENV. */
function chrootSpawn(root, config, command, extraEnv) {
  const ids = uidOf(root, config.user);
  const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/home/node', ...config.env, ...extraEnv };
  return spawn('chroot', [`--userspec=${ids}`, `--groups=${ids.split(':')[1]}`, root, '/bin/sh', '-c', 'cd "$0" && exec "$@"', config.workdir, ...command], {
    env, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child) {
  const output = [];
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  return output;
}

async function waitFor(url, child, output, accept = (response) => response.ok) {
  const started = Date.now();
  while (Date.now() - started < 240_000) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}:\n${output.join('').slice(-3000)}`);
    try {
      const response = await fetch(url);
      if (accept(response)) return { seconds: seconds(started), response };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no answer at ${url} within 4 minutes:\n${output.join('').slice(-3000)}`);
}

function runHealthcheck(root, config, env) {
  if (!config.healthcheck) return false;
  const [kind, ...rest] = config.healthcheck;
  const command = kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest;
  return new Promise((resolve) => {
    const child = chrootSpawn(root, config, command, env);
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** What must never be inside an image: secrets, databases, the repository, dev-only packages. */
function inspectContents(name, root, config) {
  const find = (...args) => execFileSync('find', [join(root, 'app'), ...args], { encoding: 'utf8' }).trim();
  check(config.user !== '' && config.user !== 'root' && config.user !== '0', `${name}: runs as a non-root user (${config.user || 'root'})`);
  check(Boolean(config.healthcheck), `${name}: has a HEALTHCHECK`);
  const envFiles = find('-name', '.env', '-o', '-name', '.env.local', '-o', '-name', '.env.production');
  check(envFiles === '', `${name}: no .env file inside${envFiles ? ` (${envFiles})` : ''}`);
  const databases = find('(', '-name', '*.db', '-o', '-name', '*.sqlite', '-o', '-name', '*.sqlite3', ')', '-not', '-path', '*/node_modules/*');
  check(databases === '', `${name}: no database file inside${databases ? ` (${databases})` : ''}`);
  check(!existsSync(join(root, 'app/.git')) && !existsSync(join(root, 'app/.tools')), `${name}: no .git or .tools inside`);
  const devOnly = find('-maxdepth', '4', '-type', 'd', '(', '-name', 'vitest', '-o', '-name', 'playwright-core', '-o', '-name', 'supertest', ')');
  check(devOnly === '', `${name}: production dependencies only (no vitest, playwright, supertest)`);
  if (name === 'cms') {
    const uploads = find('-path', '*/public/uploads/*', '-not', '-name', '.gitkeep');
    check(uploads === '', 'cms: no uploaded media inside');
    check(existsSync(join(root, 'app/node_modules/@clinic/forms/dist/index.js')), 'cms: carries @clinic/forms (built)');
  }
}

const secret = () => randomBytes(24).toString('base64');
const started = Date.now();
const report = [];
const mounts = [];
const children = [];
function cleanup() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const mount of mounts.splice(0)) mount.remove();
}
process.on('SIGINT', () => { cleanup(); process.exit(130); });

try {
  step('Images check: base image, build both images, boot each in a chroot');
  const baseStarted = Date.now();
  const base = ensureBaseImage();
  step(`Base image ready in ${seconds(baseStarted)} s (${base})`);
  const cms = build('cms');
  const web = build('web');

  const revalidateSecret = randomBytes(24).toString('hex');
  const formsSecret = randomBytes(24).toString('hex');
  const previewSecret = randomBytes(24).toString('hex');
  const cmsPort = await freePort();
  const webPort = await freePort();
  const cmsEnv = {
    PORT: String(cmsPort), HOST: '127.0.0.1',
    APP_KEYS: [secret(), secret()].join(','), API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(), JWT_SECRET: secret(), ENCRYPTION_KEY: secret(),
    REVALIDATE_SECRET: revalidateSecret, FORMS_SECRET: formsSecret, PREVIEW_SECRET: previewSecret,
    // The check's database is a throwaway SQLite file in the container's /tmp (a deployment
    // passes DATABASE_CLIENT=postgres and DATABASE_URL instead).
    DATABASE_FILENAME: '/tmp/check.db', WEB_URL: `http://127.0.0.1:${webPort}`, STRAPI_STARTUP_LOG: 'false', LOG_LEVEL: 'warn',
  };
  const webEnv = {
    PORT: String(webPort), HOST: '127.0.0.1', NITRO_PORT: String(webPort), NUXT_CMS_URL: `http://127.0.0.1:${cmsPort}`,
    NUXT_REVALIDATE_SECRET: revalidateSecret, NUXT_FORMS_SECRET: formsSecret, NUXT_PREVIEW_SECRET: previewSecret,
    NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${webPort}`,
  };

  for (const [image, env] of [[cms, cmsEnv], [web, webEnv]]) {
    const mount = mountImage(image.tag);
    mounts.push(mount);
    const config = imageConfig(image.info);
    inspectContents(image.name, mount.root, config);
    step(`Booting the ${image.name} image's filesystem in a chroot as ${config.user}: ${config.cmd.join(' ')}`);
    const bootStarted = Date.now();
    const child = chrootSpawn(mount.root, config, config.cmd, env);
    children.push(child);
    const output = collect(child);
    const url = image.name === 'cms' ? `http://127.0.0.1:${cmsPort}/_health` : `http://127.0.0.1:${webPort}/`;
    const { response } = await waitFor(url, child, output, (answer) => (image.name === 'cms' ? answer.status === 204 || answer.ok : answer.status === 200));
    image.bootSeconds = seconds(bootStarted);
    if (image.name === 'web') {
      const html = await response.text();
      check(html.includes('Northern Therapy Clinic'), `web: home page renders the clinic's content from the CMS image (${html.length} bytes)`);
    } else {
      check(true, `cms: /_health answered ${response.status}`);
    }
    check(await runHealthcheck(mount.root, config, env), `${image.name}: the image's own HEALTHCHECK passes`);
    step(`${image.name} booted in ${image.bootSeconds} s`);
    report.push(image);
  }
} catch (error) {
  failures.push(String(error.message ?? error));
  console.error(error);
} finally {
  cleanup();
}

console.log('\n  image                         size     build    boot');
for (const image of report) console.log(`  ${image.tag.padEnd(28)} ${`${image.sizeMb} MB`.padStart(7)} ${`${image.buildSeconds} s`.padStart(8)} ${`${image.bootSeconds} s`.padStart(7)}`);
console.log(`\n  total ${seconds(started)} s${failures.length ? `, ${failures.length} failed:\n  - ${failures.join('\n  - ')}` : ', all checks passed'}\n`);
process.exit(failures.length ? 1 : 0);
