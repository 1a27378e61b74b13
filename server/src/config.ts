/**
 * Configuration from environment variables, with safe defaults: with none set, the server
 * listens on port 8080 and keeps its SQLite file in ./data under the repository root.
 * Invalid values stop the start with a clear message rather than being guessed at.
 */
import { resolve } from 'node:path';
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
}

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
  };
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
