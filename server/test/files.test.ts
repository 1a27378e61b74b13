/**
 * Sample files behind the items' /files/ links: generated PDF, WebVTT and WAV that real
 * readers and players accept, honest 404s for what is not generated, nothing for addresses
 * no item links to.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../src/seed/generate.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { contentFixture } from './content-fixture.js';
import { FIXTURE_NOW } from './fixtures.js';
import { createContentApp } from './helpers.js';

let app: FastifyInstance;
let store: SqliteStore;
beforeAll(async () => {
  ({ app, store } = await createContentApp(contentFixture()));
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function file(url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ url, headers });
  return { res, body: res.rawPayload };
}

function expectSampleHeaders(headers: Record<string, unknown>, type: string, name: string) {
  expect(headers['content-type']).toBe(type);
  expect(headers['cache-control']).toBe('public, max-age=86400');
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
  expect(headers['content-disposition']).toMatch(
    new RegExp(`^(attachment|inline); filename="${name}"$`),
  );
}

describe('PDF', () => {
  it.each([
    [
      '/files/documents/vb-tep-mau.pdf',
      'Quyet dinh ve quy che hoa giai o co so \\(07/2026/QD-UBND\\)',
    ],
    ['/files/materials/tl-so-tay.pdf', 'Tai lieu mau tl-so-tay: Luat Hoa giai o co so'],
  ])('%s: a valid one-page PDF that says it is a sample', async (url, title) => {
    const { res, body } = await file(url);
    expect(res.statusCode).toBe(200);
    expectSampleHeaders(res.headers, 'application/pdf', url.split('/').pop() ?? '');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);

    const pdf = body.toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect([...body].every((byte) => byte < 0x80)).toBe(true);
    // The cross-reference table points at each object, and startxref at the table.
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref).startsWith('xref\n0 8\n')).toBe(true);
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) =>
      expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true),
    );
    const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf);
    expect(stream?.[2]?.length).toBe(Number(stream?.[1]));
    expect(pdf).toContain('/Count 1');
    expect(pdf).toContain('(TAI LIEU MAU - SAMPLE FILE)');
    expect(pdf).toContain(title);
  });
});

describe('WebVTT captions', () => {
  it('the transcript in cues over the duration, escaped, the first saying they are samples', async () => {
    const { res, body } = await file('/files/materials/tl-video-phu-de.vi.vtt');
    expect(res.statusCode).toBe(200);
    expectSampleHeaders(res.headers, 'text/vtt; charset=utf-8', 'tl-video-phu-de.vi.vtt');
    const vtt = body.toString('utf8');
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);

    const cues = vtt
      .slice('WEBVTT\n\n'.length)
      .trim()
      .split('\n\n')
      .map((block) => {
        const [id, timing, ...text] = block.split('\n');
        const [start = NaN, end = NaN] = (timing ?? '').split(' --> ').map(seconds);
        return { id, start, end, text: text.join('\n') };
      });
    expect(cues[0]?.text).toBe('Phụ đề mẫu do dịch vụ PBGDPL dùng chung tạo ra để trình diễn.');
    expect(cues.map((c) => c.id)).toEqual(cues.map((_, i) => String(i + 1)));
    let previous = 0;
    for (const cue of cues) {
      expect(cue.start).toBeGreaterThanOrEqual(previous);
      expect(cue.end).toBeGreaterThan(cue.start);
      expect(cue.end).toBeLessThanOrEqual(120);
      expect(cue.text).not.toContain('-->');
      previous = cue.end;
    }
    expect(cues.map((c) => c.text).join(' ')).toContain(
      'Hòa giải &lt;b&gt;giúp&lt;/b&gt; giữ tình làng nghĩa xóm &amp; đoàn kết --&gt; bền lâu.',
    );
  });
});

/** `hh:mm:ss.ttt` in seconds. */
function seconds(timestamp: string): number {
  const [h = 0, m = 0, s = 0] = timestamp.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

describe('WAV', () => {
  it('a quiet tone whose length is the duration the API states', async () => {
    const { res, body } = await file('/files/materials/tl-phat-thanh.wav');
    expect(res.statusCode).toBe(200);
    expectSampleHeaders(res.headers, 'audio/wav', 'tl-phat-thanh.wav');
    expect(res.headers['accept-ranges']).toBe('bytes');

    expect(body.toString('ascii', 0, 4)).toBe('RIFF');
    expect(body.readUInt32LE(4)).toBe(body.length - 8);
    expect(body.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(body.readUInt16LE(20)).toBe(1); // PCM
    expect(body.readUInt16LE(22)).toBe(1); // mono
    const rate = body.readUInt32LE(24);
    const bytesPerSecond = body.readUInt32LE(28);
    expect(body.readUInt16LE(34)).toBe(8);
    expect(body.toString('ascii', 36, 40)).toBe('data');
    const dataBytes = body.readUInt32LE(40);
    expect(dataBytes).toBe(body.length - 44);

    const material = (await app.inject('/api/v1/materials/tl-phat-thanh')).json() as {
      media: { duration: number; mimeType: string };
    };
    expect(material.media.mimeType).toBe('audio/wav');
    expect(dataBytes / bytesPerSecond).toBe(material.media.duration);
    expect(rate).toBe(bytesPerSecond);
    const loudest = body
      .subarray(44)
      .reduce((max, sample) => Math.max(max, Math.abs(sample - 128)), 0);
    expect(loudest).toBeGreaterThan(0);
    expect(loudest).toBeLessThanOrEqual(16);
  });

  it('answers byte ranges, which Safari needs to play media', async () => {
    const full = await file('/files/materials/tl-phat-thanh.wav');
    const size = full.body.length;

    const head = await file('/files/materials/tl-phat-thanh.wav', { range: 'bytes=0-11' });
    expect(head.res.statusCode).toBe(206);
    expect(head.res.headers['content-range']).toBe(`bytes 0-11/${size}`);
    expect(head.body.toString('ascii', 8, 12)).toBe('WAVE');
    expect(head.res.headers['etag']).toBe(full.res.headers['etag']);

    const tail = await file('/files/materials/tl-phat-thanh.wav', { range: 'bytes=-4' });
    expect(tail.res.statusCode).toBe(206);
    expect(tail.body.equals(full.body.subarray(size - 4))).toBe(true);

    const beyond = await file('/files/materials/tl-phat-thanh.wav', { range: `bytes=${size}-` });
    expect(beyond.res.statusCode).toBe(416);
    expect(beyond.res.headers['content-range']).toBe(`bytes */${size}`);

    const changed = await file('/files/materials/tl-phat-thanh.wav', {
      range: 'bytes=0-11',
      'if-range': '"something-else"',
    });
    expect(changed.res.statusCode).toBe(200);
    expect(changed.body.length).toBe(size);
  });
});

describe('what is not served', () => {
  async function problem(url: string) {
    const res = await app.inject(url);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('no-store');
    return { status: res.statusCode, body: res.json() as { type: string; title: string } };
  }

  it.each([
    '/files/documents/vb-tep-mau.docx',
    '/files/materials/tl-bai-giang.pptx',
    '/files/materials/tl-video-phu-de.mp4',
  ])('%s: linked, but no sample of that format', async (url) => {
    expect(await problem(url)).toEqual({
      status: 404,
      body: expect.objectContaining({
        type: '/problems/sample-file-unavailable',
        title: 'Tệp mẫu chưa có cho định dạng này',
      }),
    });
  });

  it.each([
    '/files/documents/khong-co.pdf',
    '/files/materials/khong-co.wav',
    // Items that exist, at addresses they do not link to.
    '/files/documents/vb-luat-dat-dai.pdf',
    '/files/materials/tl-so-tay.docx',
    '/files/materials/tl-phat-thanh.vi.vtt',
  ])('%s: no item links here', async (url) => {
    expect(await problem(url)).toEqual({
      status: 404,
      body: expect.objectContaining({ type: '/problems/not-found', title: 'Không tìm thấy tệp' }),
    });
  });

  it('a name that cannot be a file of an item is a 400', async () => {
    expect((await problem('/files/materials/..%2Fsecret.pdf')).status).toBe(400);
    expect((await problem('/files/documents/vb-tep-mau')).status).toBe(400);
  });
});

describe("the sample data's links", () => {
  it('every /files/ link answers a sample or says none exists; audio is a real-length WAV', async () => {
    const seed = generateSeed({ now: FIXTURE_NOW });
    const seeded = await createContentApp(seed);
    try {
      const audio = seed.materials.filter((m) => m.kind === 'audio');
      expect(audio.length).toBeGreaterThan(0);
      for (const m of audio) {
        expect(m.media).toMatchObject({
          url: `/files/materials/${m.id}.wav`,
          mimeType: 'audio/wav',
        });
        expect(m.media?.duration).toBeGreaterThanOrEqual(15);
        expect(m.media?.duration).toBeLessThanOrEqual(30);
      }

      const urls = [
        ...seed.materials.flatMap((m) => [m.file?.url, m.media?.url, m.media?.captionsUrl]),
        ...seed.documents.slice(0, 40).flatMap((d) => d.attachments.map((a) => a.url)),
      ].filter((url): url is string => typeof url === 'string');
      const served = new Map<string, number>();
      for (const url of urls) {
        expect(url).toMatch(/^\/files\//);
        const res = await seeded.app.inject(url);
        if (res.statusCode === 200) {
          const ext = url.slice(url.lastIndexOf('.') + 1);
          served.set(ext, (served.get(ext) ?? 0) + 1);
          if (ext === 'wav') {
            const id = url.slice('/files/materials/'.length, -'.wav'.length);
            const duration = audio.find((m) => m.id === id)?.media?.duration ?? 0;
            expect(res.rawPayload.length - 44).toBe(duration * 8000);
          }
        } else {
          expect(res.statusCode, url).toBe(404);
          expect(res.json(), url).toMatchObject({ type: '/problems/sample-file-unavailable' });
        }
      }
      expect([...served.keys()].sort()).toEqual(['pdf', 'vtt', 'wav']);
    } finally {
      await seeded.app.close();
      await seeded.store.close();
    }
  });
});
