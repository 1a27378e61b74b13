/**
 * Shared pieces of the end-to-end suite: the real central server, started as a child process
 * on a free port with a fresh database (seeded on first start, as `npm start` does), and
 * Debian's Chromium driven by playwright-core.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.js';

const run = promisify(execFile);

export interface RunningServer {
  origin: string;
  port: number;
  dataDir: string;
  /** Stops the server; `keepData` leaves its database for a restart. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(origin: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

export interface ServerOptions {
  /** Reuse a data dir (a restart); by default a new throw-away one. */
  dataDir?: string;
  /** Listen on this port (a restart keeps the origin); by default a free one. */
  port?: number;
}

/** Starts `server/src/main.ts` exactly as `npm start` does, against a throw-away data dir. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pbgdpl-e2e-')));
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForHealth(origin, child, () => output);
  return {
    origin,
    port,
    dataDir,
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the admin CLI (`npm run admin -- …`) against a server's data dir; returns stdout. */
export async function admin(dataDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'server/src/admin/cli.ts', ...args],
    {
      env: { ...process.env, DATA_DIR: dataDir },
    },
  );
  return stdout;
}

/** A unit's own website: another origin than the service, serving the pages a test writes. */
export interface HostSite {
  origin: string;
  /** Serves `html` at `path`, with these response headers besides the content type. */
  serve(path: string, html: string, headers?: Record<string, string>): void;
  /** Serves the files under `directory` at `prefix` (`/cdn/` → `/cdn/pbgdpl.js`…). */
  serveFiles(prefix: string, directory: string): void;
  close(): Promise<void>;
}

const FILE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const directories = new Map<string, string>();
  const http = createHttpServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    for (const [prefix, directory] of directories) {
      const file = path.startsWith(prefix) && resolve(directory, path.slice(prefix.length));
      // Only files inside the directory: no `..` out of it.
      if (!file || !file.startsWith(resolve(directory) + sep)) continue;
      readFile(file).then(
        (body) => {
          response.writeHead(200, {
            'content-type': FILE_TYPES[extname(file)] ?? 'application/octet-stream',
          });
          response.end(body);
        },
        () => {
          response.writeHead(404).end('not found');
        },
      );
      return;
    }
    const page = pages.get(path);
    response.writeHead(page ? 200 : 404, {
      ...page?.headers,
      'content-type': 'text/html; charset=utf-8',
    });
    response.end(page?.html ?? 'not found');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (path, html, headers = {}) => void pages.set(path, { html, headers }),
    serveFiles: (prefix, directory) => void directories.set(prefix, directory),
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}

/**
 * A plain page of a unit's website. `head` is added to its head (styles, say). The icon is an
 * empty one by default, which keeps the browser from asking the host for /favicon.ico.
 */
export function hostPage(
  title: string,
  body: string,
  { head = '', icon = 'data:,' }: { head?: string; icon?: string } = {},
): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="${icon}"><title>${title}</title>${head}</head>
<body><h1>${title}</h1>${body}</body>
</html>`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Collects everything that would mean the widget broke the host page. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations inside the elements matching `selector`, as readable lines. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run({ include: [[include]] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  }, selector);
}

/** A chunk's path without its content hash (`chunks/core-AbC12x.js` → `chunks/core.js`). */
export function withoutHash(path: string): string {
  return path.replace(/-[\w-]{6}\.js$/, '.js');
}
