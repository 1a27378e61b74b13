/**
 * The public addresses of the content outside the API: every item's canonical page, each
 * unit's page and feeds, and the absolute form of them that feeds and Open Graph need.
 */
import type { FastifyRequest } from 'fastify';
import { HttpProblem, statusProblem } from '../problem.js';

export const SECTIONS = ['news', 'documents', 'questions', 'materials'] as const;
export type Section = (typeof SECTIONS)[number];

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export type Scope = 'inherited' | 'own';

export const FEED_TYPES: Record<FeedFormat, { mime: string; name: string }> = {
  rss: { mime: 'application/rss+xml', name: 'RSS' },
  atom: { mime: 'application/atom+xml', name: 'Atom' },
  json: { mime: 'application/feed+json', name: 'JSON Feed' },
};

export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

export function isFeedFormat(value: string): value is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(value);
}

/** `/news/<id>`, `/documents/<id>`…: where an item lives for people and search engines. */
export function itemPath(section: Section, id: string): string {
  return `/${section}/${encodeURIComponent(id)}`;
}

export function unitPath(unitId: string): string {
  return `/units/${encodeURIComponent(unitId)}`;
}

export function feedPath(
  unitId: string,
  section: Section,
  format: FeedFormat,
  scope: Scope = 'inherited',
): string {
  const path = `/feeds/${encodeURIComponent(unitId)}/${section}.${format}`;
  return scope === 'own' ? `${path}?scope=own` : path;
}

/**
 * The origin absolute links start with: PUBLIC_URL when set (behind a proxy or CDN, and so that
 * a forged Host header cannot end up in cached pages), else the request's own.
 */
export function originResolver(publicUrl: string | undefined): (request: FastifyRequest) => string {
  if (publicUrl) {
    const origin = new URL(publicUrl).origin;
    return () => origin;
  }
  return (request) => {
    try {
      return new URL(`${request.protocol}://${request.host}`).origin;
    } catch {
      throw new HttpProblem(statusProblem(400, 'Tên miền trong yêu cầu (Host) không hợp lệ.'));
    }
  };
}

/** A service-relative or absolute URL, absolute. */
export function absoluteUrl(origin: string, url: string): string {
  return new URL(url, origin).href;
}

/**
 * A stored URL as an href: service-relative paths and http(s) URLs only, so a bad row can
 * never become a `javascript:` link.
 */
export function safeUrl(url: string): string | undefined {
  // `//host` and `/\host` are other origins to a browser.
  if (/^\/(?![/\\])/.test(url)) return url;
  return /^https?:\/\//i.test(url) ? url : undefined;
}
