/**
 * The units part of the API client: `units()` and `unit()`, added to ApiClient when a section
 * that names units loads (the legal Q&A names the unit a question goes to). Not in client.ts,
 * so a page with only the news feed never downloads them (see SECTION_ONLY in vite.config.ts).
 */
import { ApiClient, type Query, type RequestOptions } from './client.js';
import type { ListResponse, Unit, UnitDetail } from './types.js';

declare module './client.js' {
  interface ApiClient {
    /** Units (national, ministries, provinces, communes…), filtered by `q`, `kind`, `parent`. */
    units(query?: Query, options?: RequestOptions): Promise<ListResponse<Unit>>;
    /** One unit with its ancestors. */
    unit(id: string, options?: RequestOptions): Promise<UnitDetail>;
  }
}

Object.assign(ApiClient.prototype, {
  units(this: ApiClient, query: Query = {}, options?: RequestOptions) {
    return this.list('units', query, options);
  },
  unit(this: ApiClient, id: string, options?: RequestOptions) {
    return this.get(`units/${encodeURIComponent(id)}`, options);
  },
} satisfies Partial<ApiClient>);
