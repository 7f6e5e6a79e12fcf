import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where nginx is, if it is installed (CI installs it; a laptop may not have it). */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return undefined;
}

/**
 * The shipped deploy/nginx.conf with only what a deployer changes swapped: the port, the root
 * (this build's dist/) and the upstream (the mock API). Everything else is tested as shipped.
 */
export function deployConfigFor({ port, upstream }: { port: number; upstream: string }): string {
  const shipped = readFileSync(resolve('deploy/nginx.conf'), 'utf8');
  const swapped = shipped
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/purposes-console\/dist;/, `root ${resolve('dist')};`)
    .replace(/proxy_pass https:\/\/your-api-hub\.example\.com\/;/, `proxy_pass ${upstream}/;`);
  if (swapped.match(/listen 8080|\/srv\/purposes-console|your-api-hub/)) {
    throw new Error('deploy/nginx.conf changed shape: update e2e/support/nginx.ts');
  }
  return swapped;
}

/** Runs nginx in the foreground with the deploy config inside a minimal main config. */
export async function startNginx(binary: string, port: number, upstream: string) {
  const dir = mkdtempSync(join(tmpdir(), 'purposes-nginx-'));
  writeFileSync(join(dir, 'site.conf'), deployConfigFor({ port, upstream }));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const up = await fetch(`${base}/connect`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { base, stop: () => child.kill('SIGTERM') };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGTERM');
  throw new Error('nginx did not start within 10 s');
}
