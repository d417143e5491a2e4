// Debian's nginx, started from a script (`pnpm cluster`, the website's throughput bench): one
// directory holds the config, pid, error log and temp files, nothing outside it is written, and
// nginx runs in the foreground as a child of the caller. Debian's nginx does not start by itself on
// install, and its default paths (/var/log/nginx, /run) are not ours to use.
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

/**
 * Writes `dir/nginx.conf` around the caller's `http` block body (upstreams, servers…), checks it
 * with `nginx -t`, starts nginx and waits until `readyUrl` answers. `start(command, args)` spawns
 * the process (default: a plain child with inherited output) and returns its ChildProcess.
 * Returns { child, config, stop() }.
 */
export async function startNginx({ dir, http, readyUrl, workers = 1, workerConnections = 1024, start, timeoutMs = 10_000 }) {
  mkdirSync(join(dir, 'temp'), { recursive: true });
  // Started by root, nginx's workers run as www-data: they write temp files and read what is served.
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'temp'), 0o777);
  const config = join(dir, 'nginx.conf');
  const errorLog = join(dir, 'error.log');
  writeFileSync(config, `# Written by packages/testing/src/nginx.mjs; regenerated on every start.
worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
${isRoot ? 'user www-data;' : ''}
events { worker_connections ${workerConnections}; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
${http}
}
`);
  // -e: the error log before the config is read, else nginx opens /var/log/nginx/error.log first.
  const args = ['-p', dir, '-c', config, '-e', errorLog];
  execFileSync('nginx', ['-t', '-q', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const child = (start ?? ((command, startArgs) => spawn(command, startArgs, { stdio: ['ignore', 'inherit', 'inherit'] })))('nginx', [...args, '-g', 'daemon off;']);
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    }
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      break;
    } catch {
      if (Date.now() - started > timeoutMs) throw new Error(`nginx did not answer ${readyUrl} within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    child,
    config,
    /** Graceful stop (SIGQUIT), then SIGKILL after 5 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
