/** Every public endpoint's happy path, against the hand-made fixture. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAXONOMIES } from '../src/routes/taxonomies.js';
import { UNIT_KIND_LABELS } from '../../src/api/codes.js';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  ISSUER_LABELS,
  LEGAL_FIELD_LABELS,
  MATERIAL_KIND_LABELS,
  NEWS_CATEGORY_LABELS,
} from '../../src/api/labels.js';
import { createTestApp, type TestContext } from './helpers.js';
import { UNIT_NAMES } from './fixtures.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  await ctx.store.close();
});

async function get(url: string) {
  const res = await ctx.app.inject({ method: 'GET', url });
  return {
    res,
    body: res.json() as Record<string, unknown> & { items: Record<string, unknown>[] },
  };
}
const ids = (body: { items: Record<string, unknown>[] }) => body.items.map((i) => i['id']);
const unitIds = (body: { items: Record<string, unknown>[] }) =>
  [...new Set(body.items.map((i) => i['unitId'] as string))].sort();

describe('units', () => {
  it('lists units national first, then ministries, then provinces and communes', async () => {
    const { res, body } = await get('/api/v1/units');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(ids(body)).toEqual(['trung-uong', 'bo-tu-phap', 'ha-noi', 'ninh-binh', 'gia-vien']);
    expect(body).toMatchObject({ page: 1, pageSize: 10, total: 5 });
    expect(body.items[0]).toEqual({
      id: 'trung-uong',
      code: 'TW',
      name: 'Trung ương',
      nameEn: 'National level',
      kind: 'national',
      parentId: null,
      website: 'https://pbgdpl.example',
    });
  });

  it('filters by kind, parent and folded name', async () => {
    expect(ids((await get('/api/v1/units?kind=province')).body)).toEqual(['ha-noi', 'ninh-binh']);
    expect(ids((await get('/api/v1/units?parent=ninh-binh')).body)).toEqual(['gia-vien']);
    expect(ids((await get('/api/v1/units?q=ninh%20binh')).body)).toEqual(['ninh-binh']);
    expect(ids((await get('/api/v1/units?q=H%C3%80%20N%E1%BB%98I')).body)).toEqual(['ha-noi']);
  });

  it('pages', async () => {
    const { body } = await get('/api/v1/units?page=2&pageSize=2');
    expect(ids(body)).toEqual(['ha-noi', 'ninh-binh']);
    expect(body).toMatchObject({ page: 2, pageSize: 2, total: 5 });
  });

  it('returns a unit with its ancestors from the national level down and its child count', async () => {
    const { res, body } = await get('/api/v1/units/gia-vien');
    expect(res.statusCode).toBe(200);
    expect(body['ancestors']).toEqual([
      { id: 'trung-uong', name: 'Trung ương', kind: 'national' },
      { id: 'ninh-binh', name: 'Tỉnh Ninh Bình', kind: 'province' },
    ]);
    expect(body['childCount']).toBe(0);
    const national = (await get('/api/v1/units/trung-uong')).body;
    expect(national['ancestors']).toEqual([]);
    expect(national['childCount']).toBe(3);
  });
});

describe('news', () => {
  it('lists every unit newest first, comparing instants rather than strings', async () => {
    const { body } = await get('/api/v1/news');
    expect(ids(body)).toEqual([
      'tin-hn-1',
      'tin-btp-1',
      'tin-xa-1',
      'tin-nb-1',
      'tin-tw-1',
      'tin-tw-2',
    ]);
    expect(body['total']).toBe(6);
    const first = body.items[0];
    expect(first?.['unitName']).toBe(UNIT_NAMES['ha-noi']);
    expect(first).not.toHaveProperty('bodyHtml');
  });

  it('filters by category with facet counts', async () => {
    const { body } = await get('/api/v1/news?category=hoat-dong');
    expect(ids(body)).toEqual(['tin-xa-1', 'tin-tw-1']);
    // The category facet ignores the category filter, so other choices stay visible.
    expect(body['facets']).toEqual({
      category: [
        { value: 'hoat-dong', count: 2 },
        { value: 'chinh-sach-moi', count: 1 },
        { value: 'cuoc-thi', count: 1 },
        { value: 'hoa-giai', count: 1 },
        { value: 'ngay-phap-luat', count: 1 },
      ],
    });
  });

  it('finds news without diacritics, and stored the title as NFC', async () => {
    const { body } = await get('/api/v1/news?q=hoa%20giai%20o%20co%20so');
    expect(ids(body)).toEqual(['tin-nb-1']);
    expect(body.items[0]?.['title']).toBe('Ninh Bình tập huấn hòa giải ở cơ sở'.normalize('NFC'));
  });

  it('returns the detail with sanitized HTML', async () => {
    const { res, body } = await get('/api/v1/news/tin-tw-1');
    expect(res.statusCode).toBe(200);
    expect(body).toMatchObject({
      id: 'tin-tw-1',
      unitId: 'trung-uong',
      unitName: 'Trung ương',
      category: 'hoat-dong',
      image: { url: '/media/hoi-nghi.svg', alt: 'Toàn cảnh hội nghị' },
      author: 'Vụ Phổ biến, giáo dục pháp luật',
      publishedAt: '2026-03-10T08:00:00+07:00',
    });
    const html = body['bodyHtml'] as string;
    expect(html).toContain('<strong>mẫu</strong>');
    expect(html).toContain('href="https://vbpl.vn/"');
    expect(html).not.toMatch(/script|javascript:|onerror/);
  });
});

describe('documents', () => {
  it('lists newest issued first', async () => {
    const { body } = await get('/api/v1/documents?pageSize=50');
    expect(ids(body)).toEqual([
      'vb-nq-nb',
      'vb-tt-btp',
      'vb-qd-nb',
      'vb-hn',
      'vb-ttlt',
      'vb-luat-bvdlcn',
      'vb-nd-168',
      'vb-luat-dat-dai',
      'vb-nd-13',
    ]);
    expect(body.items[0]).toEqual({
      id: 'vb-nq-nb',
      unitId: 'ninh-binh',
      number: '03/2026/NQ-HĐND',
      title: 'Nghị quyết về hỗ trợ học phí',
      type: 'nghi-quyet',
      issuers: ['hdnd-tinh'],
      issuedDate: '2026-03-05',
      effectiveDate: '2026-05-01',
      status: 'not-yet-in-force',
      fields: ['giao-duc'],
      summary: 'Nghị quyết về hỗ trợ học phí (dữ liệu mẫu).',
    });
  });

  it('filters by type, issuer (of several), field, status and issue dates', async () => {
    expect(ids((await get('/api/v1/documents?type=luat')).body)).toEqual([
      'vb-luat-bvdlcn',
      'vb-luat-dat-dai',
    ]);
    expect(ids((await get('/api/v1/documents?issuer=bo-cong-an')).body)).toEqual(['vb-ttlt']);
    expect(ids((await get('/api/v1/documents?field=du-lieu-ca-nhan')).body)).toEqual([
      'vb-luat-bvdlcn',
      'vb-nd-13',
    ]);
    expect(ids((await get('/api/v1/documents?status=expired')).body)).toEqual(['vb-nd-13']);
    expect(ids((await get('/api/v1/documents?from=2025-01-01&to=2025-12-31')).body)).toEqual([
      'vb-ttlt',
      'vb-luat-bvdlcn',
    ]);
    expect(ids((await get('/api/v1/documents?type=nghi-dinh&status=in-force')).body)).toEqual([
      'vb-nd-168',
    ]);
  });

  it('computes facets over the filtered set, each leaving out its own filter', async () => {
    const { body } = await get('/api/v1/documents?type=luat&field=du-lieu-ca-nhan');
    expect(ids(body)).toEqual(['vb-luat-bvdlcn']);
    const facets = body['facets'] as Record<string, { value: string; count: number }[]>;
    // type facet: field filter only → luat 1, nghi-dinh 1
    expect(facets['type']).toEqual([
      { value: 'luat', count: 1 },
      { value: 'nghi-dinh', count: 1 },
    ]);
    // field facet: type filter only → dat-dai 1, du-lieu-ca-nhan 1
    expect(facets['field']).toEqual([
      { value: 'dat-dai', count: 1 },
      { value: 'du-lieu-ca-nhan', count: 1 },
    ]);
    expect(facets['issuer']).toEqual([{ value: 'quoc-hoi', count: 1 }]);
    expect(facets['status']).toEqual([{ value: 'in-force', count: 1 }]);
  });

  it('counts every issuer of a joint document in the issuer facet', async () => {
    const { body } = await get('/api/v1/documents?field=cu-tru-can-cuoc');
    const facets = body['facets'] as Record<string, { value: string; count: number }[]>;
    expect(facets['issuer']).toEqual([
      { value: 'bo-cong-an', count: 1 },
      { value: 'bo-tu-phap', count: 1 },
    ]);
  });

  it('view=new: issued in the last 90 days', async () => {
    expect(ids((await get('/api/v1/documents?view=new')).body)).toEqual([
      'vb-nq-nb',
      'vb-tt-btp',
      'vb-qd-nb',
      'vb-hn',
    ]);
  });

  it('view=upcoming: taking effect from today to 30 days ahead, soonest first', async () => {
    expect(ids((await get('/api/v1/documents?view=upcoming')).body)).toEqual([
      'vb-qd-nb',
      'vb-tt-btp',
    ]);
  });

  it('sort=effective: latest effective date first', async () => {
    const { body } = await get('/api/v1/documents?sort=effective&pageSize=3');
    expect(ids(body)).toEqual(['vb-nq-nb', 'vb-tt-btp', 'vb-qd-nb']);
  });

  it.each(['31/2024/QH15', '31/2024/qh15', '31-2024-QH15', '31 2024 qh15'])(
    'finds the document numbered %s first',
    async (typed) => {
      const { body } = await get(`/api/v1/documents?q=${encodeURIComponent(typed)}`);
      expect(ids(body)[0]).toBe('vb-luat-dat-dai');
    },
  );

  it.each(['13/2023/nd-cp', '13/2023/NĐ-CP', '13-2023-ND-CP'])('finds %s', async (typed) => {
    const { body } = await get(`/api/v1/documents?q=${encodeURIComponent(typed)}`);
    expect(ids(body)[0]).toBe('vb-nd-13');
  });

  it('searches title words in any order, folded', async () => {
    expect(ids((await get('/api/v1/documents?q=du%20lieu%20bao%20ve')).body)).toEqual([
      'vb-luat-bvdlcn',
      'vb-nd-13',
    ]);
    // Every word must occur: "bảng giá đất" has đất but not đai.
    expect(ids((await get('/api/v1/documents?q=%C4%91%E1%BA%A5t%20%C4%91ai')).body)).toEqual([
      'vb-luat-dat-dai',
    ]);
    expect(ids((await get('/api/v1/documents?q=DAT&sort=issued')).body)).toEqual([
      'vb-qd-nb',
      'vb-luat-dat-dai',
    ]);
  });

  it('returns the detail with signers, attachments and relations', async () => {
    const { res, body } = await get('/api/v1/documents/vb-luat-bvdlcn');
    expect(res.statusCode).toBe(200);
    expect(body).toMatchObject({
      id: 'vb-luat-bvdlcn',
      number: '91/2025/QH15',
      signers: [{ name: 'Nguyễn Văn A', title: 'Chủ tịch' }],
      expiryDate: null,
      gazetteNo: null,
      gazetteDate: null,
      attachments: [
        { name: '91/2025/QH15.pdf', url: '/media/vb-luat-bvdlcn.pdf', format: 'pdf', size: 123456 },
      ],
      sourceUrl: 'https://vbpl.vn/',
      relations: [
        {
          kind: 'replaces',
          id: 'vb-nd-13',
          number: '13/2023/NĐ-CP',
          title: 'Nghị định về bảo vệ dữ liệu cá nhân',
        },
      ],
    });
  });
});

describe('questions', () => {
  it('lists answered questions, most recently answered first, with a field facet', async () => {
    const { body } = await get('/api/v1/questions');
    expect(ids(body)).toEqual(['hd-xa-1', 'hd-nb-1', 'hd-btp-1', 'hd-tw-1']);
    expect(body.items[0]).toEqual({
      id: 'hd-xa-1',
      unitId: 'gia-vien',
      unitName: 'Xã Gia Viễn',
      title: 'Nghỉ việc có được trả lương những ngày phép chưa nghỉ',
      field: 'lao-dong',
      askedAt: '2026-03-01T08:00:00+07:00',
      answeredAt: '2026-03-05T08:00:00+07:00',
    });
    const facets = body['facets'] as Record<string, unknown>;
    expect(facets['field']).toEqual([
      { value: 'dat-dai', count: 2 },
      { value: 'hon-nhan-gia-dinh', count: 1 },
      { value: 'lao-dong', count: 1 },
    ]);
  });

  it('filters by field and searches the question text', async () => {
    expect(ids((await get('/api/v1/questions?field=dat-dai')).body)).toEqual([
      'hd-nb-1',
      'hd-tw-1',
    ]);
    expect(ids((await get('/api/v1/questions?q=ranh%20gioi')).body)).toEqual(['hd-nb-1']);
  });

  it('returns the detail with answer and citations', async () => {
    const { res, body } = await get('/api/v1/questions/hd-tw-1');
    expect(res.statusCode).toBe(200);
    expect(body).toMatchObject({
      id: 'hd-tw-1',
      question: 'Thủ tục cấp sổ đỏ lần đầu? (câu hỏi mẫu)',
      citations: [{ id: 'vb-luat-dat-dai', number: '31/2024/QH15', title: 'Luật Đất đai' }],
    });
    expect(body['answerHtml']).toContain('<a href="https://vbpl.vn/" rel="noopener noreferrer">');
  });
});

describe('materials', () => {
  it('lists newest first with kind and field facets', async () => {
    const { body } = await get('/api/v1/materials');
    expect(ids(body)).toEqual(['tl-xa-1', 'tl-nb-1', 'tl-btp-1', 'tl-tw-2', 'tl-tw-1']);
    const facets = body['facets'] as Record<string, { value: string; count: number }[]>;
    expect(facets['kind']?.map((b) => b.value).sort()).toEqual([
      'handbook',
      'infographic',
      'leaflet',
      'slides',
      'video',
    ]);
    expect(facets['field']?.reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it('filters by kind and field, and carries media for videos', async () => {
    const { body } = await get('/api/v1/materials?kind=video');
    expect(ids(body)).toEqual(['tl-tw-2']);
    expect(body.items[0]).toMatchObject({
      unitName: 'Trung ương',
      file: null,
      media: { url: '/media/tl-tw-2.mp4', mimeType: 'video/mp4', duration: 300, captionsUrl: null },
    });
    expect(ids((await get('/api/v1/materials?field=dat-dai')).body)).toEqual(['tl-nb-1']);
  });

  it('returns one material, as listed', async () => {
    const { res, body } = await get('/api/v1/materials/tl-tw-2');
    expect(res.statusCode).toBe(200);
    const listed = (await get('/api/v1/materials?kind=video')).body.items[0];
    expect(body).toEqual(listed);
  });
});

describe('unit scoping', () => {
  const cases: [string, string, Record<string, string[]>][] = [
    [
      'gia-vien',
      'inherited',
      {
        news: ['gia-vien', 'ninh-binh', 'trung-uong'],
        documents: ['ninh-binh', 'trung-uong'],
        questions: ['gia-vien', 'ninh-binh', 'trung-uong'],
        materials: ['gia-vien', 'ninh-binh', 'trung-uong'],
      },
    ],
    [
      'gia-vien',
      'own',
      { news: ['gia-vien'], documents: [], questions: ['gia-vien'], materials: ['gia-vien'] },
    ],
    [
      'bo-tu-phap',
      'inherited',
      {
        news: ['bo-tu-phap', 'trung-uong'],
        documents: ['bo-tu-phap', 'trung-uong'],
        questions: ['bo-tu-phap', 'trung-uong'],
        materials: ['bo-tu-phap', 'trung-uong'],
      },
    ],
    [
      'trung-uong',
      'own',
      {
        news: ['trung-uong'],
        documents: ['trung-uong'],
        questions: ['trung-uong'],
        materials: ['trung-uong'],
      },
    ],
  ];

  for (const [unit, scope, expected] of cases) {
    for (const [resource, units] of Object.entries(expected)) {
      it(`${resource}?unit=${unit}&scope=${scope} → ${units.join(', ') || 'nothing'}`, async () => {
        const { res, body } = await get(
          `/api/v1/${resource}?unit=${unit}&scope=${scope}&pageSize=50`,
        );
        expect(res.statusCode).toBe(200);
        expect(unitIds(body)).toEqual(units);
        expect(body['total']).toBe(body.items.length);
      });
    }
  }

  it('defaults to inherited', async () => {
    const a = (await get('/api/v1/news?unit=gia-vien')).body;
    const b = (await get('/api/v1/news?unit=gia-vien&scope=inherited')).body;
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toEqual(['tin-xa-1', 'tin-nb-1', 'tin-tw-1', 'tin-tw-2']);
  });

  it('without a unit, returns every unit', async () => {
    expect(unitIds((await get('/api/v1/news?pageSize=50')).body)).toEqual([
      'bo-tu-phap',
      'gia-vien',
      'ha-noi',
      'ninh-binh',
      'trung-uong',
    ]);
  });

  it('scopes facets too', async () => {
    const { body } = await get('/api/v1/documents?unit=ninh-binh&scope=own');
    const facets = body['facets'] as Record<string, { value: string; count: number }[]>;
    expect(facets['type']).toEqual([
      { value: 'nghi-quyet', count: 1 },
      { value: 'quyet-dinh', count: 1 },
    ]);
  });
});

describe('taxonomies and health', () => {
  it('returns every code list with both labels, in the shared order', async () => {
    const { res, body } = await get('/api/v1/taxonomies');
    expect(res.statusCode).toBe(200);
    const codes = (key: string) => (body[key] as { code: string }[]).map((t) => t.code);
    expect(codes('unitKinds')).toEqual(Object.keys(UNIT_KIND_LABELS));
    expect(codes('newsCategories')).toEqual(Object.keys(NEWS_CATEGORY_LABELS));
    expect(codes('documentTypes')).toEqual(Object.keys(DOCUMENT_TYPE_LABELS));
    expect(codes('documentStatuses')).toEqual(Object.keys(DOCUMENT_STATUS_LABELS));
    expect(codes('issuers')).toEqual(Object.keys(ISSUER_LABELS));
    expect(codes('fields')).toEqual(Object.keys(LEGAL_FIELD_LABELS));
    expect(codes('materialKinds')).toEqual(Object.keys(MATERIAL_KIND_LABELS));
    expect((body['documentStatuses'] as unknown[])[0]).toEqual({
      code: 'in-force',
      vi: 'Còn hiệu lực',
      en: 'In force',
    });
    expect(body).toEqual(JSON.parse(JSON.stringify(TAXONOMIES)));
  });

  it('healthz answers ok with the store kind, uncached', async () => {
    const res = await ctx.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: '1.0.0', database: 'sqlite' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
