/**
 * The legal documents part of the API client: `documents()` and `document()`, added to ApiClient
 * when the document list or the legal Q&A (which cites documents) loads. They live here, not in
 * client.ts, so a page with only the news feed never downloads them (see SECTION_ONLY in
 * vite.config.ts).
 */
import { ApiClient, type RequestOptions } from './client.js';
import type { DocumentDetail, DocumentQuery, DocumentSummary, ListResponse } from './types.js';

declare module './client.js' {
  interface ApiClient {
    /** Legal documents, with facets (type, issuer, field, status) counted over the other filters. */
    documents(
      query?: DocumentQuery,
      options?: RequestOptions,
    ): Promise<ListResponse<DocumentSummary>>;
    /** One legal document with its files, relations and official record. */
    document(id: string, options?: RequestOptions): Promise<DocumentDetail>;
  }
}

Object.assign(ApiClient.prototype, {
  documents(this: ApiClient, query: DocumentQuery = {}, options?: RequestOptions) {
    return this.list('documents', { ...query }, options);
  },
  document(this: ApiClient, id: string, options?: RequestOptions) {
    return this.get(`documents/${encodeURIComponent(id)}`, options);
  },
} satisfies Partial<ApiClient>);
