/**
 * The files stored items link to, `/files/documents/<id>.<ext>` and `/files/materials/<id>.<ext>`,
 * as honest samples generated on request: a one-page PDF, WebVTT captions, a quiet WAV tone.
 * Only an address a stored item links to is served. Formats that cannot be generated small
 * (Word, slides, images, video) answer a problem saying the sample file is not available.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
  MATERIAL_KIND_LABELS,
} from '../../../src/api/labels.js';
import { HttpProblem, notFound, problemType } from '../problem.js';
import { documentTitle } from '../pages/sections.js';
import { samplePdf } from '../sample-files/pdf.js';
import { sampleWav } from '../sample-files/wav.js';
import { sampleCaptions } from '../sample-files/webvtt.js';
import type { DocumentDetail, Material } from '../schemas/index.js';
import { vietnamDisplayDate } from '../vietnam-time.js';
import { cacheControlHook, type ResourceOptions } from './shared.js';

const FILE_CACHE_CONTROL = 'public, max-age=86400';

interface SampleFile {
  type: string;
  body: Buffer;
  /** `attachment` (save) or `inline` (played or read in place). */
  disposition: 'attachment' | 'inline';
}

/** The files an item links to, by URL: how to make each, or null when it cannot be made. */
type ItemFiles = Map<string, (() => SampleFile) | null>;

// `<id>.<ext>` or `<id>.vi.vtt`; ids are slugs.
const FileParams = Type.Object({
  file: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}(\\.[a-z0-9]{1,8}){1,2}$' }),
});

export const fileRoutes: FastifyPluginAsyncTypebox<ResourceOptions> = async (app, { store }) => {
  // Widgets on other origins play the media and load captions with <track crossorigin>.
  app.addHook('onRequest', async (_request, reply) => {
    reply
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin');
  });
  app.addHook('onSend', cacheControlHook(FILE_CACHE_CONTROL));

  const options = { schema: { hide: true, params: FileParams }, compress: false } as const;

  app.get('/files/documents/:file', options, async (request, reply) => {
    const { file } = request.params;
    const document = await store.getDocument(idOf(file));
    return serve(request, reply, `/files/documents/${file}`, document && documentFiles(document));
  });

  app.get('/files/materials/:file', options, async (request, reply) => {
    const { file } = request.params;
    const material = await store.getMaterial(idOf(file));
    return serve(request, reply, `/files/materials/${file}`, material && materialFiles(material));
  });
};

function idOf(file: string): string {
  return file.slice(0, file.indexOf('.'));
}

function documentFiles(document: DocumentDetail): ItemFiles {
  const pdf = () =>
    pdfFile(documentTitle(document), [
      `Loại văn bản: ${DOCUMENT_TYPE_LABELS[document.type].vi}`,
      `Cơ quan ban hành: ${document.issuers.map((i) => ISSUER_LABELS[i].vi).join('; ')}`,
      `Ngày ban hành: ${vietnamDisplayDate(document.issuedDate)}`,
      `Văn bản chính thức: ${document.sourceUrl}`,
    ]);
  return new Map(document.attachments.map((a) => [a.url, a.format === 'pdf' ? pdf : null]));
}

function materialFiles(material: Material): ItemFiles {
  const { file, media } = material;
  const files: ItemFiles = new Map();
  if (file) {
    const details = [
      `Loại tài liệu: ${MATERIAL_KIND_LABELS[material.kind].vi}`,
      `Đơn vị: ${material.unitName}`,
      material.summary,
    ];
    files.set(file.url, file.format === 'pdf' ? () => pdfFile(material.title, details) : null);
  }
  if (media) {
    files.set(
      media.url,
      media.mimeType === 'audio/wav'
        ? () => ({ type: 'audio/wav', body: sampleWav(media.duration), disposition: 'inline' })
        : null,
    );
    if (media.captionsUrl) {
      const text = media.transcript ?? `${material.title}. ${material.summary}`;
      files.set(media.captionsUrl, () => ({
        type: 'text/vtt; charset=utf-8',
        body: Buffer.from(sampleCaptions(text, media.duration)),
        disposition: 'inline',
      }));
    }
  }
  return files;
}

function pdfFile(title: string, details: string[]): SampleFile {
  return { type: 'application/pdf', body: samplePdf(title, details), disposition: 'attachment' };
}

/** Answers with the file at `url`, or the 404 that says why there is none. */
function serve(
  request: FastifyRequest,
  reply: FastifyReply,
  url: string,
  files: ItemFiles | undefined,
) {
  const name = url.slice(url.lastIndexOf('/') + 1);
  const make = files?.get(url);
  if (make === undefined) throw notFound('Không tìm thấy tệp', `Không có tệp tại ${url}.`);
  if (make === null) {
    throw new HttpProblem({
      type: problemType('sample-file-unavailable'),
      title: 'Tệp mẫu chưa có cho định dạng này',
      status: 404,
      detail: `Dịch vụ chỉ tạo tệp mẫu PDF, phụ đề WebVTT và âm thanh WAV; tệp ${name} không có bản mẫu.`,
    });
  }
  const file = make();
  // The ETag names the whole file, so partial answers share it.
  const etag = `"${createHash('sha1').update(file.body).digest('base64')}"`;
  reply
    .type(file.type)
    .header('content-disposition', `${file.disposition}; filename="${name}"`)
    .header('accept-ranges', 'bytes')
    .header('etag', etag);

  // Safari plays media only from servers that answer byte ranges.
  const ifRange = request.headers['if-range'];
  const range =
    ifRange && ifRange !== etag ? null : byteRange(request.headers.range, file.body.length);
  if (range === 'unsatisfiable') {
    reply.code(416).header('content-range', `bytes */${file.body.length}`);
    return Buffer.alloc(0);
  }
  if (range) {
    reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${file.body.length}`);
    return file.body.subarray(range.start, range.end + 1);
  }
  return file.body;
}

/**
 * The single byte range a `Range` header asks for, clamped to the file. Null (send it all) for
 * no header, several ranges, another unit or a malformed one, as RFC 9110 allows.
 */
function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '') {
    // A suffix: the last N bytes.
    if (last === '') return null;
    const length = Number(last);
    return length === 0 ? 'unsatisfiable' : { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  return start >= size ? 'unsatisfiable' : { start, end };
}
