/** Responses as the server sends them, shared by the mock handlers. */
import { HttpResponse } from 'msw';
import { MAX_PAGE_SIZE } from '../src/api/codes.js';
import type { Problem } from '../src/api/types.js';

/** An RFC 9457 problem response, as the server sends it. */
export function problem(status: number, title: string, detail?: string): HttpResponse<Problem> {
  const type = `https://pbgdpl.example/problems/${status}`;
  return HttpResponse.json(
    { type, title, status, ...(detail ? { detail } : {}) },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** JSON with a strong ETag, answering 304 when the client already holds it (as the server does). */
export function withEtag(request: Request, body: object): HttpResponse<object> {
  const text = JSON.stringify(body);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  const etag = `"${(hash >>> 0).toString(16)}-${text.length}"`;
  if (request.headers.get('if-none-match') === etag) {
    return new HttpResponse(null, { status: 304, headers: { etag } });
  }
  return HttpResponse.json(body, { headers: { etag, 'cache-control': 'public, max-age=60' } });
}

/** `page` and `pageSize` of a list request, or the 400 problem the server answers. */
export function paging(url: URL): { page: number; pageSize: number } | HttpResponse<Problem> {
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 10);
  if (!Number.isInteger(page) || page < 1) return problem(400, 'Tham số page không hợp lệ');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return problem(
      400,
      'Tham số pageSize không hợp lệ',
      `pageSize phải từ 1 đến ${MAX_PAGE_SIZE}.`,
    );
  }
  return { page, pageSize };
}
