/**
 * Debian's nginx serving a built site with the project's own sample configuration
 * (hosting/nginx.conf), so the browser tests meet the site the way a host would
 * serve it: its headers, MIME types, compression, redirects and 404 page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StaticServer } from './static-server.ts';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const sampleConfig = resolve(import.meta.dirname, '..', '..', 'hosting', 'nginx.conf');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The sample server block, listening on this machine only and serving `webRoot`. */
export function localServerBlock(config: string, port: number, webRoot: string): string {
  const listen = /^(\s*)listen\s+80;$/m;
  const root = /^(\s*)root\s+\/var\/www;$/m;
  if (!listen.test(config) || !root.test(config)) throw new Error('hosting/nginx.conf no longer has "listen 80;" and "root /var/www;" lines');
  return config.replace(listen, `$1listen 127.0.0.1:${port};`).replace(root, `$1root ${webRoot};`);
}

/** Serves `dist` (built with BASE_PATH=/strom/) at http://127.0.0.1:<port>/strom/. */
export async function serveWithNginx(dist: string): Promise<StaticServer> {
  if (!existsSync(nginxPath)) {
    throw new Error(`nginx not found at ${nginxPath}: install Debian's nginx (apt-get install nginx) or set NGINX_PATH`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'strom-nginx-'));
  const webRoot = join(prefix, 'www');
  mkdirSync(webRoot);
  symlinkSync(resolve(dist), join(webRoot, 'strom'));
  const port = await freePort();
  writeFileSync(join(prefix, 'server.conf'), localServerBlock(readFileSync(sampleConfig, 'utf8'), port, webRoot));
  const runAsRoot = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${runAsRoot}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/server.conf;
}
`,
  );
  const test = spawnSync(nginxPath, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects hosting/nginx.conf:\n${test.stderr}`);
  const server = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/strom/`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (tries > 100 || server.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    close: async () => {
      server.kill('SIGQUIT');
      await new Promise((done) => (server.exitCode === null ? server.once('exit', done) : done(undefined)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
