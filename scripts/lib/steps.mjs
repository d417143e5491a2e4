import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPaths, repoRoot, step } from './util.mjs';

const stampDir = join(repoRoot, '.tools', 'stamps');

function stamped(name, hash) {
  const file = join(stampDir, name);
  return existsSync(file) && readFileSync(file, 'utf8') === hash;
}

function stamp(name, hash) {
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(join(stampDir, name), hash);
}

function run(args, env, what) {
  const started = Date.now();
  const result = spawnSync('pnpm', args, { stdio: ['ignore', 'inherit', 'inherit'], env, cwd: repoRoot });
  if (result.status !== 0) {
    console.error(`Failed: ${what} (pnpm ${args.join(' ')}).`);
    process.exit(result.status ?? 1);
  }
  return ((Date.now() - started) / 1000).toFixed(1);
}

export function ensureInstalled(env) {
  const hash = hashPaths(['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'apps/cms/package.json', 'apps/web/package.json', 'packages/client/package.json', 'packages/forms/package.json', 'packages/idle-gc/package.json', 'packages/testing/package.json', 'tests/security/package.json', 'patches']);
  if (stamped('install', hash) && existsSync(join(repoRoot, 'node_modules'))) {
    step('Dependencies are installed');
    return;
  }
  step('Installing dependencies with pnpm (first run takes a few minutes)');
  const seconds = run(['install', '--frozen-lockfile', '--reporter=append-only'], env, 'installing dependencies');
  step(`Dependencies installed in ${seconds} s`);
  stamp('install', hash);
}

// Build order follows the dependency graph: forms and client are used by the CMS and the website.
const BUILDS = [
  { name: 'forms', filter: '@clinic/forms', what: 'the shared form rules', paths: ['packages/forms/src', 'packages/forms/package.json', 'packages/forms/tsconfig.build.json'], output: 'packages/forms/dist' },
  { name: 'client', filter: '@clinic/client', what: 'the typed content client', paths: ['packages/client/src', 'packages/client/schema.graphql', 'packages/client/codegen.ts', 'packages/client/package.json', 'packages/client/tsconfig.build.json'], output: 'packages/client/dist' },
  { name: 'cms', filter: '@clinic/cms', what: 'the CMS and its admin panel (about a minute)', paths: ['apps/cms/src', 'apps/cms/config', 'apps/cms/package.json', 'apps/cms/tsconfig.json'], output: 'apps/cms/dist' },
  { name: 'web', filter: '@clinic/web', what: 'the website (about a minute)', paths: ['apps/web', 'packages/client/src', 'packages/client/schema.graphql', 'packages/forms/src', 'packages/idle-gc/src'], output: 'apps/web/.output' },
];

export function ensureBuilt(env) {
  for (const build of BUILDS) {
    const hash = hashPaths(build.paths);
    if (stamped(`build-${build.name}`, hash) && existsSync(join(repoRoot, build.output))) {
      step(`Built already: ${build.what.replace(/ \(.*\)$/, '')}`);
      continue;
    }
    step(`Building ${build.what}`);
    const seconds = run(['--filter', build.filter, 'run', 'build'], env, `building ${build.name}`);
    step(`Built ${build.name} in ${seconds} s`);
    stamp(`build-${build.name}`, hash);
  }
}
