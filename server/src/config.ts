/**
 * Configuration from environment variables, with safe defaults: with none set, the server
 * listens on port 8080 and keeps its SQLite file in ./data under the repository root.
 * Invalid values stop the start with a clear message rather than being guessed at.
 */
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_RESPONSE_CACHE_BYTES } from './cache/response-cache.js';
import { fileURLToPath } from 'node:url';

/** The repository root: paths in the environment are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
  widgetsDir: string;
  demoDir: string;
  storybookDir: string;
  mediaDir: string;
  /** Signs proof-of-work challenges; unset → a key kept in DATA_DIR (see questions/altcha.ts). */
  altchaHmacKey: string | undefined;
  /**
   * Days after a question is closed (answered or rejected) — or, if never closed, after it was
   * asked — before `npm run admin -- purge` deletes the asker's name, email, phone and IP.
   */
  retentionDays: number;
  /** Fastify trustProxy: `true`, or the proxies' addresses/CIDRs, comma-separated. */
  trustProxy: boolean | string;
  /** The public origin for absolute links in feeds and pages, e.g. `https://pbgdpl.example`. */
  publicUrl: string | undefined;
  /**
   * Who may show the iframe pages (/embed/frame/…): the CSP `frame-ancestors` sources, e.g.
   * `https://*.gov.vn https://*.edu.vn`. Default `*`: any website, as every unit must be able to.
   */
  frameAncestors: string;
  /** Load shedding thresholds: beyond one, requests get a 503 at once. */
  pressure: PressureLimits;
  /** Byte budget of the response cache (env RESPONSE_CACHE_MB); 0 turns it off. */
  responseCacheBytes: number;
}

/** Thresholds of @fastify/under-pressure; 0 turns a check off. */
export interface PressureLimits {
  /** Mean event loop delay in ms (env MAX_EVENT_LOOP_DELAY). */
  maxEventLoopDelay: number;
  /** V8 heap in use, bytes (env MAX_HEAP_USED_BYTES). */
  maxHeapUsedBytes: number;
  /** Resident memory, bytes (env MAX_RSS_BYTES). */
  maxRssBytes: number;
}

/**
 * A second of event loop delay means every request already waits a second; 90% of V8's heap
 * limit leaves room to finish what runs before the collector thrashes. RSS is off by default:
 * only the deployment knows its container's memory limit.
 */
export const DEFAULT_PRESSURE_LIMITS: PressureLimits = {
  maxEventLoopDelay: 1000,
  maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
  maxRssBytes: 0,
};

/** Contact data is kept one year after a question is closed, unless RETENTION_DAYS says otherwise. */
export const DEFAULT_RETENTION_DAYS = 365;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const path = (value: string | undefined, fallback: string) =>
    resolve(REPO_ROOT, value && value.trim() ? value : fallback);

  const port = env['PORT']?.trim() ? Number(env['PORT']) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env['PORT']}"`);
  }
  const logLevel = env['LOG_LEVEL']?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const retentionDays = env['RETENTION_DAYS']?.trim()
    ? Number(env['RETENTION_DAYS'])
    : DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 36500) {
    throw new Error(
      `RETENTION_DAYS must be an integer from 1 to 36500, got "${env['RETENTION_DAYS']}"`,
    );
  }
  return {
    port,
    host: env['HOST']?.trim() || '0.0.0.0',
    dataDir: path(env['DATA_DIR'], 'data'),
    logLevel,
    widgetsDir: path(env['WIDGETS_DIR'], 'dist/cdn'),
    demoDir: path(env['DEMO_DIR'], 'demo'),
    storybookDir: path(env['STORYBOOK_DIR'], 'storybook-static'),
    mediaDir: path(env['MEDIA_DIR'], 'server/public/media'),
    altchaHmacKey: env['ALTCHA_HMAC_KEY']?.trim() || undefined,
    retentionDays,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    publicUrl: parsePublicUrl(env['PUBLIC_URL']),
    frameAncestors: parseFrameAncestors(env['FRAME_ANCESTORS']),
    pressure: {
      maxEventLoopDelay: count(
        env,
        'MAX_EVENT_LOOP_DELAY',
        DEFAULT_PRESSURE_LIMITS.maxEventLoopDelay,
      ),
      maxHeapUsedBytes: count(env, 'MAX_HEAP_USED_BYTES', DEFAULT_PRESSURE_LIMITS.maxHeapUsedBytes),
      maxRssBytes: count(env, 'MAX_RSS_BYTES', DEFAULT_PRESSURE_LIMITS.maxRssBytes),
    },
    responseCacheBytes: count(env, 'RESPONSE_CACHE_MB', DEFAULT_RESPONSE_CACHE_BYTES / MB) * MB,
  };
}

const MB = 1024 * 1024;

/** A non-negative integer variable, or `fallback` when unset. */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return n;
}

/** CSP source expressions, space-separated; nothing that could end the directive or header. */
function parseFrameAncestors(value: string | undefined): string {
  const sources = value?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (sources.length === 0) return '*';
  const bad = sources.find((source) => !/^(?:'self'|'none'|[^\s;,'"]+)$/.test(source));
  if (bad !== undefined || (sources.includes("'none'") && sources.length > 1)) {
    throw new Error(
      `FRAME_ANCESTORS must be CSP sources separated by spaces (e.g. "https://*.gov.vn 'self'"), got "${value}"`,
    );
  }
  return sources.join(' ');
}

/** An http(s) origin; a path would be silently dropped from links, so it is refused. */
function parsePublicUrl(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const url = URL.canParse(v) ? new URL(v) : undefined;
  // An origin alone: no path, query, fragment or credentials.
  if (!url || !/^https?:$/.test(url.protocol) || url.href !== `${url.origin}/`) {
    throw new Error(
      `PUBLIC_URL must be an http(s) origin such as https://pbgdpl.example, got "${v}"`,
    );
  }
  return url.origin;
}

function parseTrustProxy(value: string | undefined): boolean | string {
  const v = value?.trim();
  if (!v || v === 'false') return false;
  return v === 'true' ? true : v;
}
