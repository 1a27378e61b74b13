/**
 * The dissemination materials part of the API client: `materials()` and `material()`, added to
 * ApiClient when the materials section loads. They live here, not in client.ts, so a page
 * without that section never downloads them (see SECTION_ONLY in vite.config.ts).
 */
import { ApiClient, type RequestOptions } from './client.js';
import type { ListResponse, Material, MaterialQuery } from './types.js';

declare module './client.js' {
  interface ApiClient {
    /** Materials, newest first, with `facets.kind` and `facets.field`. */
    materials(query?: MaterialQuery, options?: RequestOptions): Promise<ListResponse<Material>>;
    /** One material: the same shape as a list item. */
    material(id: string, options?: RequestOptions): Promise<Material>;
  }
}

Object.assign(ApiClient.prototype, {
  materials(this: ApiClient, query: MaterialQuery = {}, options?: RequestOptions) {
    return this.list('materials', { ...query }, options);
  },
  material(this: ApiClient, id: string, options?: RequestOptions) {
    return this.get(`materials/${encodeURIComponent(id)}`, options);
  },
} satisfies Partial<ApiClient>);
