/**
 * Hits answered before Fastify (ResponseCache.answer, in front of routing on a real server):
 * the same status, headers and bytes as Fastify's own answer (app.inject), and what is left to
 * Fastify: HEAD, Authorization, brotli not made yet, a closing app. Also: a new entry answers
 * in gzip and makes brotli on the first hit that prefers it.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import { createContentApp } from './helpers.js';

let app: FastifyInstance;
let store: SqliteStore;
let port: number;
/** Fastify's request log: "incoming request" per request it routes, "cache hit" per hit before. */
const log: { msg: string; url?: string }[] = [];
const routed = () => log.filter((line) => line.msg === 'incoming request').length;
beforeAll(async () => {
  const stream = { write: (line: string) => void log.push(JSON.parse(line) as (typeof log)[0]) };
  ({ app, store } = await createContentApp(undefined, {
    logger: { level: 'info', stream } as unknown as { level: string },
  }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The headers that belong to the answer, not to the connection. */
function own(headers: Answer['headers']): Answer['headers'] {
  const connection = new Set(['date', 'connection', 'keep-alive']);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !connection.has(name)));
}

const LIST = '/api/v1/documents?pageSize=50&page=1';

describe('hits answered before Fastify', () => {
  it('answer like Fastify does, with and without Origin, 200 and 304, in every coding', async () => {
    const accepts = ['br, gzip', 'gzip', 'identity', ''];
    // Fill the entry with every coding: the miss answers gzip, the first hit preferring br
    // makes brotli (through Fastify).
    for (const accept of [...accepts, 'br']) await get(LIST, { 'accept-encoding': accept });
    const cases = accepts.flatMap((accept) =>
      [undefined, 'https://stp.ninhbinh.gov.vn'].map((origin) => ({
        'accept-encoding': accept,
        ...(origin ? { origin } : {}),
      })),
    );
    const before = routed();
    const hits = log.filter((line) => line.msg === 'cache hit').length;
    const front: [Answer, Answer][] = [];
    for (const headers of cases) {
      const ok = await get(LIST, headers);
      front.push([
        ok,
        await get(LIST, { ...headers, 'if-none-match': String(ok.headers['etag']) }),
      ]);
    }
    // None of these reached Fastify's routing: the raw answer served (and logged) them all.
    expect(routed()).toBe(before);
    expect(log.filter((line) => line.msg === 'cache hit')).toHaveLength(hits + 2 * cases.length);

    for (const [i, headers] of cases.entries()) {
      const [ok, notModified] = front[i] ?? [];
      const fastify = await app.inject({ url: LIST, headers });
      expect(ok?.status).toBe(200);
      expect(own(ok?.headers ?? {})).toEqual(own(fastify.headers as Answer['headers']));
      expect(ok?.body.equals(fastify.rawPayload)).toBe(true);
      expect(ok?.headers['access-control-allow-origin']).toBe('*');

      const validated = { ...headers, 'if-none-match': String(ok?.headers['etag']) };
      const fastify304 = await app.inject({ url: LIST, headers: validated });
      expect(notModified?.status).toBe(304);
      expect(fastify304.statusCode).toBe(304);
      expect(own(notModified?.headers ?? {})).toEqual(own(fastify304.headers as Answer['headers']));
      expect(notModified?.body.length).toBe(0);
    }
  });

  it('leaves HEAD and requests with Authorization to Fastify', async () => {
    await get(LIST);
    const before = routed();
    await get(LIST);
    expect(routed()).toBe(before);
    const head = await get(LIST, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(routed()).toBe(before + 1);
    const auth = await get(LIST, { authorization: 'Bearer x' });
    expect(auth.status).toBe(200);
    expect(routed()).toBe(before + 2);
  });
});

describe('codings of a new entry', () => {
  it('answers a miss in gzip, makes brotli on the first hit, and still revalidates the gzip', async () => {
    const list = vi.spyOn(store, 'listDocuments');
    const url = '/api/v1/documents?pageSize=40';
    const accept = { 'accept-encoding': 'br, gzip' };
    const miss = await get(url, accept);
    expect(miss.headers['content-encoding']).toBe('gzip');
    const hit = await get(url, accept);
    expect(hit.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(hit.body).equals(gunzipSync(miss.body))).toBe(true);
    expect(hit.headers['etag']).not.toBe(miss.headers['etag']);
    // A cache holding the gzip variant revalidates it rather than download the brotli one.
    const held = await get(url, { ...accept, 'if-none-match': String(miss.headers['etag']) });
    expect(held.status).toBe(304);
    expect(held.headers['etag']).toBe(miss.headers['etag']);
    // A client accepting only brotli gets brotli from the start.
    const brOnly = await get('/api/v1/documents?pageSize=30', { 'accept-encoding': 'br' });
    expect(brOnly.headers['content-encoding']).toBe('br');
    expect(list).toHaveBeenCalledTimes(2);
    list.mockRestore();
  });
});

describe('a closing app', () => {
  it('leaves hits to Fastify once the app is closing', async () => {
    const { app: other, store: otherStore } = await createContentApp();
    await other.inject(LIST);
    const fakeResponse = () => {
      const response = { writeHead: vi.fn(), end: vi.fn() };
      response.writeHead.mockReturnValue(response);
      return response;
    };
    const request = { method: 'GET', url: LIST, headers: {} } as IncomingMessage;
    const routing = vi.spyOn(other, 'routing').mockImplementation(() => {});

    const open = fakeResponse();
    other.handle(request, open as unknown as ServerResponse);
    expect(open.writeHead).toHaveBeenCalledWith(
      200,
      expect.objectContaining({ etag: expect.any(String) }),
    );
    expect(routing).not.toHaveBeenCalled();

    await other.close(); // runs the preClose hook
    const closing = fakeResponse();
    other.handle(request, closing as unknown as ServerResponse);
    expect(closing.writeHead).not.toHaveBeenCalled();
    expect(routing).toHaveBeenCalledTimes(1);
    await otherStore.close();
  });
});
