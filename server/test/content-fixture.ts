/**
 * The fixture plus what feeds, canonical pages and sample files need beyond it: a sibling
 * commune (whose items must not leak into Gia Viễn's feeds), an item with a hostile title, and
 * items linking to /files/ in every format the service does and does not generate.
 */
import type { Material } from '../src/schemas/index.js';
import type { SeedData } from '../src/store/store.js';
import { fixture } from './fixtures.js';

/** Markup, a CDATA terminator twice, quotes and an ampersand: must stay text everywhere. */
export const HOSTILE_TITLE =
  'Cảnh báo <script>alert("x")</script> ]]> lừa đảo ]]><b>mạo danh</b> & “giả”';
export const HOSTILE_SUMMARY = 'Tóm tắt <img src=x onerror=alert(1)> ]]> hết.';

export function contentFixture(): SeedData {
  const data = fixture();
  const [news] = data.news;
  const [document] = data.documents;
  if (!news || !document) throw new Error('fixture changed');

  data.units.push({
    id: 'hoa-lu',
    code: '14500',
    name: 'Phường Hoa Lư',
    nameEn: 'Hoa Lu Ward',
    kind: 'commune',
    parentId: 'ninh-binh',
    website: null,
  });
  data.news.push(
    {
      ...news,
      id: 'tin-hoa-lu',
      unitId: 'hoa-lu',
      unitName: 'Phường Hoa Lư',
      title: 'Phường Hoa Lư ra mắt tổ hòa giải',
      image: null,
      publishedAt: '2026-03-12T09:00:00+07:00',
    },
    {
      ...news,
      id: 'tin-doc-hai',
      unitId: 'gia-vien',
      unitName: 'Xã Gia Viễn',
      title: HOSTILE_TITLE,
      summary: HOSTILE_SUMMARY,
      image: null,
      publishedAt: '2026-03-12T08:00:00+07:00',
    },
  );
  data.documents.push({
    ...document,
    id: 'vb-tep-mau',
    unitId: 'ninh-binh',
    number: '07/2026/QĐ-UBND',
    title: 'Quyết định về quy chế hòa giải ở cơ sở',
    type: 'quyet-dinh',
    issuers: ['ubnd-tinh'],
    issuedDate: '2026-03-02',
    relations: [],
    attachments: [
      { name: 'Bản PDF', url: '/files/documents/vb-tep-mau.pdf', format: 'pdf', size: 245760 },
      { name: 'Bản Word', url: '/files/documents/vb-tep-mau.docx', format: 'docx', size: 81920 },
    ],
  });
  data.materials.push(
    material('tl-video-phu-de', 'gia-vien', 'video', {
      media: {
        url: '/files/materials/tl-video-phu-de.mp4',
        mimeType: 'video/mp4',
        duration: 120,
        captionsUrl: '/files/materials/tl-video-phu-de.vi.vtt',
        transcript:
          'Kính thưa quý vị. Hòa giải <b>giúp</b> giữ tình làng nghĩa xóm & đoàn kết --> bền lâu.',
      },
    }),
    material('tl-phat-thanh', 'trung-uong', 'audio', {
      media: {
        url: '/files/materials/tl-phat-thanh.wav',
        mimeType: 'audio/wav',
        duration: 20,
        captionsUrl: null,
        transcript: 'Bản ghi lời chương trình phát thanh mẫu.',
      },
    }),
    material('tl-so-tay', 'bo-tu-phap', 'handbook', {
      file: { url: '/files/materials/tl-so-tay.pdf', format: 'pdf', size: 1_887_437 },
    }),
    material('tl-bai-giang', 'bo-tu-phap', 'slides', {
      file: { url: '/files/materials/tl-bai-giang.pptx', format: 'pptx', size: 3_145_728 },
    }),
  );
  return data;
}

const UNITS: Record<string, string> = {
  'gia-vien': 'Xã Gia Viễn',
  'trung-uong': 'Trung ương',
  'bo-tu-phap': 'Bộ Tư pháp',
};

function material(
  id: string,
  unitId: string,
  kind: Material['kind'],
  content: Partial<Pick<Material, 'file' | 'media'>>,
): Material {
  return {
    id,
    unitId,
    unitName: UNITS[unitId] ?? unitId,
    title: `Tài liệu mẫu ${id}: Luật Hòa giải ở cơ sở`,
    summary: 'Tài liệu mẫu về hòa giải ở cơ sở.',
    kind,
    fields: ['hoa-giai'],
    thumbnail: { url: `/media/material-${kind}.svg`, alt: 'Hình minh họa' },
    file: null,
    media: null,
    publishedAt: '2026-03-08T08:00:00+07:00',
    ...content,
  };
}
