import pkg from '../package.json' with { type: 'json' };
import widgetsPkg from '../../package.json' with { type: 'json' };

/** The server package version, reported by /healthz and the OpenAPI document. */
export const VERSION: string = pkg.version;

/**
 * The widget library's version (the root package), which the bundle in dist/cdn was built from.
 * The bundle is served at /widgets/<this>/ too, for pages that pin an exact release.
 */
export const WIDGETS_VERSION: string = widgetsPkg.version;
