/** Load shedding: over a threshold, a 503 problem with Retry-After at once; health and hits still answer. */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createContentApp } from './helpers.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('under pressure', () => {
  it('sheds a request with a 503 problem and Retry-After, serves health and cached answers', async () => {
    // Any heap is over 1 byte once the first sample is taken.
    const built = await createContentApp(undefined, {
      pressure: { maxHeapUsedBytes: 1, sampleInterval: 300 },
    });
    app = built.app;
    // Before the first sample nothing is shed: this answer enters the response cache.
    const cached = await app.inject('/api/v1/units/ninh-binh');
    expect(cached.statusCode).toBe(200);
    await wait(500);

    const shed = await app.inject({
      url: '/api/v1/news',
      headers: { origin: 'https://ubnd.example.vn' },
    });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('5');
    expect(shed.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(shed.headers['cache-control']).toBe('no-store');
    expect(shed.json()).toMatchObject({ type: '/problems/unavailable', status: 503 });

    const post = await app.inject({ method: 'POST', url: '/api/v1/questions', payload: {} });
    expect(post.statusCode).toBe(503);

    expect((await app.inject('/healthz')).statusCode).toBe(200);
    const hit = await app.inject('/api/v1/units/ninh-binh');
    expect(hit.statusCode).toBe(200);
    expect(hit.body).toBe(cached.body);
    await built.store.close();
  });

  it('sheds nothing below the thresholds', async () => {
    const built = await createContentApp(undefined, {
      pressure: { maxEventLoopDelay: 60_000, maxHeapUsedBytes: 2 ** 40, sampleInterval: 100 },
    });
    app = built.app;
    await wait(250);
    expect((await app.inject('/api/v1/news')).statusCode).toBe(200);
    await built.store.close();
  });
});
