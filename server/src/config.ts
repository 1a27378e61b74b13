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
}

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
  return {
    port,
    host: env['HOST']?.trim() || '0.0.0.0',
    dataDir: path(env['DATA_DIR'], 'data'),
    logLevel,
    widgetsDir: path(env['WIDGETS_DIR'], 'dist/cdn'),
    demoDir: path(env['DEMO_DIR'], 'demo'),
    storybookDir: path(env['STORYBOOK_DIR'], 'storybook-static'),
    mediaDir: path(env['MEDIA_DIR'], 'server/public/media'),
  };
}
