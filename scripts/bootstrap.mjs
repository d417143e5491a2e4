#!/usr/bin/env node
// `npm start` / `npm test` on a machine that has only Node (any version >= 18) and npm:
// fetches Node 24 and pnpm from the npm registry into .tools/, installs dependencies, builds
// what changed, then starts the product or runs every test. Each step prints one line; steps
// already done are skipped, so a second run starts in seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ensureBuilt, ensureInstalled } from './lib/steps.mjs';
import { repoRoot, step } from './lib/util.mjs';

const NODE_MAJOR = 24;
const PNPM_VERSION = '10.34.9';
const toolsDir = join(repoRoot, '.tools', 'node');

const command = process.argv[2] ?? 'start';
if (!['start', 'test', 'setup'].includes(command)) {
  console.error(`Unknown command "${command}": use start, test or setup.`);
  process.exit(2);
}

/** Finds or installs Node 24 + pnpm and returns an environment with them first on PATH. */
function toolchainEnv() {
  const bin = join(toolsDir, 'bin');
  const env = {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH}`,
    STRAPI_TELEMETRY_DISABLED: 'true',
    NUXT_TELEMETRY_DISABLED: '1',
  };
  const currentMajor = Number(process.versions.node.split('.')[0]);
  const localNode = join(bin, 'node');
  const haveLocal = existsSync(localNode) && existsSync(join(bin, 'pnpm'));
  if (!haveLocal) {
    if (currentMajor === NODE_MAJOR && hasPnpm(PNPM_VERSION, process.env)) {
      step(`Using Node ${process.versions.node} and pnpm ${PNPM_VERSION} already on this machine`);
      return { ...env, PATH: process.env.PATH };
    }
    step(`Fetching Node ${NODE_MAJOR} and pnpm ${PNPM_VERSION} from the npm registry into .tools/ (once, ~30 s)`);
    mkdirSync(toolsDir, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      ['install', '--global', '--prefix', toolsDir, '--no-audit', '--no-fund', '--loglevel=error', `node@${NODE_MAJOR}`, `pnpm@${PNPM_VERSION}`],
      { stdio: 'inherit', env: process.env },
    );
    if (result.status !== 0) {
      console.error('Could not install Node 24 and pnpm from the npm registry (see the npm output above).');
      process.exit(1);
    }
  }
  const version = spawnSync(localNode, ['--version'], { encoding: 'utf8' }).stdout.trim();
  step(`Using Node ${version} and pnpm ${PNPM_VERSION} from .tools/`);
  return env;
}

function hasPnpm(version, env) {
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  return result.status === 0 && result.stdout.trim() === version;
}

function run(bin, args, env) {
  const result = spawnSync(bin, args, { stdio: 'inherit', env, cwd: repoRoot });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = toolchainEnv();
ensureInstalled(env);
ensureBuilt(env);
run('node', [join(repoRoot, 'apps/cms/scripts/ensure-env.mjs')], env);

if (command === 'start') run('node', [join(repoRoot, 'scripts/serve.mjs')], env);
if (command === 'test') run('node', [join(repoRoot, 'scripts/test-all.mjs')], env);
if (command === 'setup') step('Ready: `pnpm serve` starts the product, `pnpm test:all` runs the tests.');
