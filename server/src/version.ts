import pkg from '../package.json' with { type: 'json' };

/** The server package version, reported by /healthz and the OpenAPI document. */
export const VERSION: string = pkg.version;
