/**
 * Static files the central service hosts beside the API: the widget bundle, the demo site,
 * Storybook, sample media, and a landing page. A missing directory never stops the server:
 * @fastify/static only warns and answers 404 until the files exist (e.g. before a build).
 *
 * The bundle has two addresses: /widgets/v1/ follows the latest 1.x release, so it is cached
 * briefly; /widgets/<exact version>/ (e.g. /widgets/1.0.0/) never changes, so it is cached for
 * a year. Only the version this server was deployed with exists; any other is a 404. The
 * entry imports its chunks by relative URL, so both trees are complete.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { privacyNoticePage } from './privacy-notice.js';
import { WIDGETS_VERSION } from './version.js';

export interface StaticOptions {
  widgetsDir?: string;
  demoDir?: string;
  storybookDir?: string;
  mediaDir?: string;
  retentionDays: number;
}

/** SVG can carry script; served alone it must not run any, nor load anything. */
export const MEDIA_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
/** The service's icon: an open book in the primary colour of the widgets. */
const SERVICE_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#0b5cad"/><path d="M14 18c7-3 13-3 18 1 5-4 11-4 18-1v30c-7-3-13-3-18 1-5-4-11-4-18-1ZM32 19v30" fill="none" stroke="#fff" stroke-width="4" stroke-linejoin="round"/></svg>';
export const WIDGETS_CACHE_CONTROL = 'public, max-age=300';
export const PINNED_WIDGETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export const staticFiles: FastifyPluginAsync<StaticOptions> = async (app, options) => {
  // Exactly one registration may decorate the reply; the first one does, if any exists.
  let decorated = false;
  const decorateOnce = () => {
    const decorate = !decorated;
    decorated = true;
    return decorate;
  };

  if (options.widgetsDir) {
    const trees = [
      { prefix: '/widgets/v1/', cacheControl: WIDGETS_CACHE_CONTROL },
      { prefix: `/widgets/${WIDGETS_VERSION}/`, cacheControl: PINNED_WIDGETS_CACHE_CONTROL },
    ];
    for (const { prefix, cacheControl } of trees) {
      await app.register(fastifyStatic, {
        root: options.widgetsDir,
        prefix,
        decorateReply: decorateOnce(),
        cacheControl: false,
        setHeaders(reply: FastifyReply, path: string) {
          // Any host page may load the module script (type=module fetches are CORS requests).
          reply.header('access-control-allow-origin', '*');
          reply.header('cross-origin-resource-policy', 'cross-origin');
          reply.header('cache-control', cacheControl);
          if (/\.m?js$/.test(path)) {
            reply.header('content-type', 'text/javascript; charset=utf-8');
            // The build leaves out the sourceMappingURL comment; developer tools read this.
            reply.header('sourcemap', `${basename(path)}.map`);
          }
        },
      });
    }
  }

  if (options.demoDir) {
    await app.register(fastifyStatic, {
      root: options.demoDir,
      // No trailing slash: with `redirect`, /demo answers 301 → /demo/.
      prefix: '/demo',
      decorateReply: decorateOnce(),
      redirect: true,
      maxAge: 60_000,
    });
  }

  if (options.storybookDir && existsSync(options.storybookDir)) {
    await app.register(fastifyStatic, {
      root: options.storybookDir,
      prefix: '/storybook',
      decorateReply: decorateOnce(),
      redirect: true,
      maxAge: 60_000,
    });
  }

  if (options.mediaDir) {
    await app.register(fastifyStatic, {
      root: options.mediaDir,
      prefix: '/media/',
      decorateReply: decorateOnce(),
      maxAge: 86_400_000,
      setHeaders(reply: FastifyReply, path: string) {
        reply.header('cross-origin-resource-policy', 'cross-origin');
        // A video's poster is fetched with CORS when the widget's <video crossorigin> (for its
        // captions) plays on a unit's website.
        reply.header('access-control-allow-origin', '*');
        if (path.endsWith('.svg')) {
          reply.header('content-type', 'image/svg+xml');
          reply.header('content-security-policy', MEDIA_CSP);
        }
      },
    });
  }

  // Browsers ask every origin for /favicon.ico, even for pages that name no icon.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=86400')
      .header('content-security-policy', MEDIA_CSP)
      // Host pages that link the service's icon load it from their own origin.
      .header('cross-origin-resource-policy', 'cross-origin')
      .type('image/svg+xml')
      .send(SERVICE_ICON),
  );

  // The full notice the question form's short one links to.
  app.get('/privacy', { schema: { hide: true } }, async (_request, reply) => {
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return privacyNoticePage(options.retentionDays);
  });

  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      )
      .header('referrer-policy', 'no-referrer');
    return landingPage(Boolean(options.storybookDir && existsSync(options.storybookDir)));
  });
};

function landingPage(withStorybook: boolean): string {
  const storybook = withStorybook
    ? '<li><a href="/storybook/">Storybook</a>: xem trước mọi thành phần và trạng thái của chúng.</li>'
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dịch vụ PBGDPL dùng chung</title>
<style>
  body { font: 1rem/1.6 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.5rem; line-height: 1.3; }
  a { color: #0b57d0; }
  code { background: #f2f2f2; padding: 0 .25em; border-radius: 3px; }
</style>
</head>
<body>
<main>
<h1>Dịch vụ phổ biến, giáo dục pháp luật dùng chung</h1>
<p>Các chuyên mục PBGDPL (tin tức, văn bản pháp luật, hỏi đáp pháp luật, tài liệu) cho trang thông tin điện tử của mọi cơ quan, đơn vị: chỉ cần dán một thẻ vào trang.</p>
<ul>
<li><a href="/embed/">Lấy mã nhúng</a>: chọn đơn vị và chuyên mục, xem trước, rồi sao chép mã để dán vào trang của đơn vị.</li>
<li><a href="/demo/">Trang minh họa</a>: các chuyên mục được nhúng như trên trang của một đơn vị.</li>
<li><a href="/api/docs">Tài liệu API</a> (OpenAPI: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>).</li>
${storybook}
<li><a href="/healthz">Tình trạng dịch vụ</a></li>
</ul>
<p>Dữ liệu trên dịch vụ này là dữ liệu mẫu.</p>
</main>
</body>
</html>
`;
}
