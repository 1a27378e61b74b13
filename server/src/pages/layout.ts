/**
 * The one layout of the canonical pages: readable on a phone, no script, no font or origin
 * other than this one, in Vietnamese, with what search engines and link previews read
 * (description, canonical link, Open Graph) and the feeds a reader can follow.
 */
import { css, html, type Html } from './html.js';

export const SITE_NAME = 'Phổ biến, giáo dục pháp luật';

/** No script, no third party: only inline style, and media and images from this origin. */
export const PAGE_CSP =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface FeedLink {
  /** e.g. "Tin tức PBGDPL — Xã Gia Viễn". */
  title: string;
  /** MIME type of the feed. */
  type: string;
  /** "RSS", "Atom", "JSON Feed". */
  format: string;
  /** Absolute. */
  href: string;
}

export interface PageHead {
  title: string;
  description?: string;
  /** Absolute URL of the page; with it come the canonical link and Open Graph. */
  canonical?: string;
  type?: 'article' | 'website';
  /** Absolute image URL for link previews. */
  image?: string;
  feeds?: FeedLink[];
}

const STYLE = css`
  :root {
    color-scheme: light dark;
    --fg: #1a1a1a;
    --muted: #595959;
    --bg: #fff;
    --line: #d9d9d9;
    --link: #0b57d0;
  }
  @media (prefers-color-scheme: dark) {
    :root {
      --fg: #e8e8e8;
      --muted: #b3b3b3;
      --bg: #141414;
      --line: #3a3a3a;
      --link: #8ab4f8;
    }
  }
  body {
    margin: 0;
    font:
      1.0625rem/1.6 system-ui,
      sans-serif;
    color: var(--fg);
    background: var(--bg);
    overflow-wrap: anywhere;
  }
  header,
  main,
  footer {
    max-width: 46rem;
    margin: 0 auto;
    padding: 0 1rem;
  }
  header {
    padding-block: 0.75rem;
    border-bottom: 1px solid var(--line);
  }
  header a {
    font-weight: 600;
    text-decoration: none;
  }
  a {
    color: var(--link);
  }
  h1 {
    font-size: 1.6rem;
    line-height: 1.3;
    margin: 1.25rem 0 0.5rem;
  }
  h2 {
    font-size: 1.2rem;
    line-height: 1.35;
    margin-top: 2rem;
  }
  img {
    max-width: 100%;
    height: auto;
  }
  video,
  audio {
    width: 100%;
  }
  li {
    margin-block: 0.25rem;
  }
  figure {
    margin: 1rem 0;
  }
  .meta,
  figcaption {
    color: var(--muted);
    font-size: 0.95rem;
  }
  .lead {
    font-size: 1.125rem;
  }
  .text {
    white-space: pre-line;
  }
  .breadcrumb ol {
    list-style: none;
    padding: 0;
    margin: 1rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    font-size: 0.95rem;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-right: 0.25rem;
    color: var(--muted);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.35rem 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 32rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: 0.5rem;
    }
  }
  table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--line);
    padding: 0.25rem 0.5rem;
  }
  .feeds a + a {
    margin-left: 0.75rem;
  }
  footer {
    margin-top: 3rem;
    padding-block: 1rem;
    border-top: 1px solid var(--line);
    color: var(--muted);
    font-size: 0.95rem;
  }
`;

export function layout(head: PageHead, content: Html): string {
  const feeds = head.feeds ?? [];
  const og = head.canonical
    ? html` <link rel="canonical" href="${head.canonical}" />
        <meta property="og:type" content="${head.type ?? 'website'}" />
        <meta property="og:title" content="${head.title}" />
        ${head.description ? html`<meta property="og:description" content="${head.description}" />` : ''}
        <meta property="og:url" content="${head.canonical}" />
        <meta property="og:site_name" content="${SITE_NAME}" />
        <meta property="og:locale" content="vi_VN" />
        ${head.image ? html`<meta property="og:image" content="${head.image}" />` : ''}`
    : '';
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${head.title} – PBGDPL</title>
        ${head.description ? html`<meta name="description" content="${head.description}" />` : ''}${og}
        ${feeds.map(
          (feed) =>
            html`<link
              rel="alternate"
              type="${feed.type}"
              title="${feed.title} (${feed.format})"
              href="${feed.href}"
            /> `,
        )}
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header><a href="/">${SITE_NAME}</a></header>
        <main>${content}</main>
        <footer>
          <p>Nội dung do các cơ quan, đơn vị đăng trên dịch vụ PBGDPL dùng chung.</p>
        </footer>
      </body>
    </html> `.value;
}

/** Visible links to a section's feeds, one per format. */
export function feedLinks(label: string, feeds: FeedLink[]): Html {
  return html`<p class="feeds">
    ${label}:
    ${feeds.map((feed) => html`<a href="${feed.href}" type="${feed.type}">${feed.format}</a>`)}
  </p>`;
}

/** What a browser gets for an id that is not (or no longer) there. */
export function notFoundPage(): string {
  return layout(
    { title: 'Không tìm thấy trang' },
    html`<h1>Không tìm thấy trang</h1>
      <p>Nội dung bạn tìm không tồn tại hoặc đã được gỡ bỏ. Có thể địa chỉ đã được gõ sai.</p>
      <p><a href="/">Về trang chủ</a></p>`,
  );
}
