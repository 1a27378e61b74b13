/** Responses as the server sends them, shared by the mock handlers. */
import { HttpResponse } from 'msw';
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
