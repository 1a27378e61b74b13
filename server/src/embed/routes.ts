/**
 * Everything a webmaster needs to embed a section, under /embed/:
 * - `/embed/` the configurator (`?lang=en` in English);
 * - `/embed/frame/<widget>?unit=…` the iframe fallback, framable per FRAME_ANCESTORS;
 * - `/embed/parent.js` for host pages: fits those iframes to their content;
 * - `/embed/resizer.js` open-iframe-resizer (MIT), the messaging both sides share, served from
 *   here so that no page depends on a third-party origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Store } from '../store/store.js';
import { isWidgetName, LANGS, type Lang, WIDGETS } from './catalog.js';
import { configuratorPage } from './configurator.js';
import { frameErrorPage, framePage, readFrame, type FrameQuery } from './frame.js';

export interface EmbedOptions {
  store: Store;
  /** CSP `frame-ancestors` of the iframe pages (config FRAME_ANCESTORS). */
  frameAncestors: string;
}

const PUBLIC_DIR = fileURLToPath(new URL('../../public/embed/', import.meta.url));
const CACHE_CONTROL = 'public, max-age=300';

/**
 * Widgets talk only to this origin. Inline CSS is for the pages' own <style> and the frame's
 * `style="--pbgdpl-primary: …"`: the widgets need none.
 */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');

export const embedRoutes: FastifyPluginAsync<EmbedOptions> = async (app, options) => {
  const resizer = resizerModule();

  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/embed/',
    decorateReply: false,
    index: false,
    // Only what browsers load; the folder also holds type-checking files.
    allowedPath: (path) => /\.(js|css)$/.test(path),
    cacheControl: false,
    setHeaders(reply: FastifyReply, path: string) {
      crossOrigin(reply);
      if (path.endsWith('.js')) reply.header('content-type', 'text/javascript; charset=utf-8');
    },
  });

  app.get('/embed/resizer.js', { schema: { hide: true } }, async (_request, reply) => {
    crossOrigin(reply).type('text/javascript; charset=utf-8');
    return resizer;
  });

  app.get('/embed', { schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/embed/', 301),
  );

  app.get<{ Querystring: { lang?: string } }>(
    '/embed/',
    { schema: { hide: true } },
    async (request, reply) => {
      const lang = (LANGS as readonly string[]).includes(request.query.lang ?? '')
        ? (request.query.lang as Lang)
        : 'vi';
      htmlPage(reply, `${PAGE_CSP}; frame-ancestors 'self'`).header('cache-control', CACHE_CONTROL);
      return configuratorPage(lang);
    },
  );

  app.get<{ Params: { widget: string }; Querystring: FrameQuery }>(
    '/embed/frame/:widget',
    { schema: { hide: true } },
    async (request, reply) => {
      const { widget } = request.params;
      htmlPage(reply, `${PAGE_CSP}; frame-ancestors ${options.frameAncestors}`)
        // Made to be framed by other origins: helmet's X-Frame-Options would forbid it, and
        // an embedder with COEP needs CORP to allow it.
        .removeHeader('x-frame-options')
        .header('cross-origin-resource-policy', 'cross-origin');
      // Errors are not cached: the webmaster fixes the address and reloads.
      if (!isWidgetName(widget)) {
        reply.code(404).header('cache-control', 'no-store');
        return frameErrorPage('Không có chuyên mục này', [
          { name: widget, reason: `hãy dùng một trong: ${Object.keys(WIDGETS).join(', ')}` },
        ]);
      }
      const frame = await readFrame(widget, request.query, options.store);
      if (Array.isArray(frame)) {
        reply.code(400).header('cache-control', 'no-store');
        return frameErrorPage('Địa chỉ khung nhúng chưa đúng', frame);
      }
      reply.header('cache-control', CACHE_CONTROL);
      return framePage(frame);
    },
  );
};

function htmlPage(reply: FastifyReply, csp: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('content-security-policy', csp);
}

/** Host pages load these as module scripts, which are CORS requests. */
function crossOrigin(reply: FastifyReply): FastifyReply {
  return reply
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('cache-control', CACHE_CONTROL);
}

/** The library's ES module build, with its licence, which MIT asks copies to carry. */
function resizerModule(): string {
  // The package exports no package.json; its entry sits beside the ES module build.
  const dist = dirname(createRequire(import.meta.url).resolve('@open-iframe-resizer/core'));
  const licence = readFileSync(join(dist, '../LICENSE.md'), 'utf8');
  const code = readFileSync(join(dist, 'index.js'), 'utf8');
  return `/*! @open-iframe-resizer/core: https://github.com/Lemick/open-iframe-resizer\n\n${licence.replaceAll('*/', '* /')}*/\n${code}`;
}
