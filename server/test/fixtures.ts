/**
 * A small hand-made data set, so server tests do not depend on the random seed. The unit tree:
 *
 *   trung-uong (national)
 *   ├── bo-tu-phap (ministry)
 *   ├── ninh-binh (province)
 *   │   └── gia-vien (commune)
 *   └── ha-noi (province)
 *
 * "Today" for the tests is FIXTURE_NOW: 15/03/2026 in Vietnam.
 */
import type { SeedData } from '../src/store/store.js';

export const FIXTURE_NOW = new Date('2026-03-15T03:00:00Z');

export function fixture(): SeedData {
  return {
    units: [
      // Deliberately not parent-first: the store must not depend on the order.
      {
        id: 'gia-vien',
        code: '14563',
        name: 'Xã Gia Viễn',
        nameEn: 'Gia Vien Commune',
        kind: 'commune',
        parentId: 'ninh-binh',
        website: null,
      },
      {
        id: 'trung-uong',
        code: 'TW',
        name: 'Trung ương',
        nameEn: 'National level',
        kind: 'national',
        parentId: null,
        website: 'https://pbgdpl.example',
      },
      {
        id: 'bo-tu-phap',
        code: 'BTP',
        name: 'Bộ Tư pháp',
        nameEn: 'Ministry of Justice',
        kind: 'ministry',
        parentId: 'trung-uong',
        website: 'https://moj.gov.vn',
      },
      {
        id: 'ninh-binh',
        code: '37',
        name: 'Tỉnh Ninh Bình',
        nameEn: 'Ninh Binh Province',
        kind: 'province',
        parentId: 'trung-uong',
        website: 'https://ninhbinh.gov.vn',
      },
      {
        id: 'ha-noi',
        code: '01',
        name: 'Thành phố Hà Nội',
        nameEn: 'Ha Noi City',
        kind: 'province',
        parentId: 'trung-uong',
        website: null,
      },
    ],
    news: [
      news(
        'tin-tw-1',
        'trung-uong',
        'hoat-dong',
        '2026-03-10T08:00:00+07:00',
        'Hội nghị triển khai công tác phổ biến, giáo dục pháp luật năm 2026',
      ),
      news(
        'tin-tw-2',
        'trung-uong',
        'ngay-phap-luat',
        '2026-02-01T08:00:00+07:00',
        'Hưởng ứng Ngày Pháp luật Việt Nam',
      ),
      // 03:00Z is 10:00 in Vietnam: newer than tin-xa-1 although its string sorts first.
      news(
        'tin-btp-1',
        'bo-tu-phap',
        'chinh-sach-moi',
        '2026-03-13T03:00:00Z',
        'Chính sách mới về đất đai có hiệu lực',
      ),
      // Decomposed (NFD) on purpose: stored NFC.
      news(
        'tin-nb-1',
        'ninh-binh',
        'hoa-giai',
        '2026-03-11T08:00:00+07:00',
        'Ninh Bình tập huấn hòa giải ở cơ sở'.normalize('NFD'),
      ),
      news(
        'tin-xa-1',
        'gia-vien',
        'hoat-dong',
        '2026-03-13T09:00:00+07:00',
        'Xã Gia Viễn tổ chức tuyên truyền Luật Đất đai',
      ),
      news(
        'tin-hn-1',
        'ha-noi',
        'cuoc-thi',
        '2026-03-14T08:00:00+07:00',
        'Hà Nội phát động cuộc thi tìm hiểu pháp luật',
      ),
    ],
    documents: [
      doc(
        'vb-luat-dat-dai',
        'trung-uong',
        '31/2024/QH15',
        'Luật Đất đai',
        'luat',
        ['quoc-hoi'],
        '2024-01-18',
        '2024-08-01',
        'in-force',
        ['dat-dai'],
      ),
      doc(
        'vb-nd-168',
        'trung-uong',
        '168/2024/NĐ-CP',
        'Nghị định quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ',
        'nghi-dinh',
        ['chinh-phu'],
        '2024-12-26',
        '2025-01-01',
        'in-force',
        ['giao-thong'],
      ),
      doc(
        'vb-luat-bvdlcn',
        'trung-uong',
        '91/2025/QH15',
        'Luật Bảo vệ dữ liệu cá nhân',
        'luat',
        ['quoc-hoi'],
        '2025-06-26',
        '2026-01-01',
        'in-force',
        ['du-lieu-ca-nhan'],
      ),
      doc(
        'vb-nd-13',
        'trung-uong',
        '13/2023/NĐ-CP',
        'Nghị định về bảo vệ dữ liệu cá nhân',
        'nghi-dinh',
        ['chinh-phu'],
        '2023-04-17',
        '2023-07-01',
        'expired',
        ['du-lieu-ca-nhan'],
      ),
      doc(
        'vb-ttlt',
        'trung-uong',
        '01/2025/TTLT-BTP-BCA',
        'Thông tư liên tịch hướng dẫn về cư trú và căn cước',
        'thong-tu-lien-tich',
        ['bo-tu-phap', 'bo-cong-an'],
        '2025-11-20',
        '2026-01-05',
        'in-force',
        ['cu-tru-can-cuoc', 'hanh-chinh'],
      ),
      doc(
        'vb-tt-btp',
        'bo-tu-phap',
        '05/2026/TT-BTP',
        'Thông tư hướng dẫn hòa giải ở cơ sở',
        'thong-tu',
        ['bo-tu-phap'],
        '2026-03-01',
        '2026-04-10',
        'not-yet-in-force',
        ['pbgdpl', 'hoa-giai'],
      ),
      doc(
        'vb-qd-nb',
        'ninh-binh',
        '12/2026/QĐ-UBND',
        'Quyết định ban hành bảng giá đất tỉnh Ninh Bình',
        'quyet-dinh',
        ['ubnd-tinh'],
        '2026-02-20',
        '2026-03-15',
        'in-force',
        ['dat-dai'],
      ),
      doc(
        'vb-nq-nb',
        'ninh-binh',
        '03/2026/NQ-HĐND',
        'Nghị quyết về hỗ trợ học phí',
        'nghi-quyet',
        ['hdnd-tinh'],
        '2026-03-05',
        '2026-05-01',
        'not-yet-in-force',
        ['giao-duc'],
      ),
      doc(
        'vb-hn',
        'ha-noi',
        '20/2026/QĐ-UBND',
        'Quyết định về quản lý trật tự xây dựng',
        'quyet-dinh',
        ['ubnd-tinh'],
        '2026-01-10',
        '2026-01-20',
        'in-force',
        ['xay-dung'],
      ),
    ],
    questions: [
      question(
        'hd-tw-1',
        'trung-uong',
        'dat-dai',
        '2026-01-05T08:00:00+07:00',
        '2026-01-20T08:00:00+07:00',
        'Thủ tục cấp sổ đỏ lần đầu',
      ),
      question(
        'hd-btp-1',
        'bo-tu-phap',
        'hon-nhan-gia-dinh',
        '2026-02-01T08:00:00+07:00',
        '2026-02-10T08:00:00+07:00',
        'Đăng ký kết hôn với người nước ngoài',
      ),
      question(
        'hd-nb-1',
        'ninh-binh',
        'dat-dai',
        '2026-02-15T08:00:00+07:00',
        '2026-03-01T08:00:00+07:00',
        'Tranh chấp ranh giới đất với nhà bên cạnh',
      ),
      question(
        'hd-xa-1',
        'gia-vien',
        'lao-dong',
        '2026-03-01T08:00:00+07:00',
        '2026-03-05T08:00:00+07:00',
        'Nghỉ việc có được trả lương những ngày phép chưa nghỉ',
      ),
    ],
    materials: [
      material(
        'tl-tw-1',
        'trung-uong',
        'handbook',
        ['pbgdpl'],
        '2026-01-10T08:00:00+07:00',
        'Sổ tay phổ biến, giáo dục pháp luật',
      ),
      material(
        'tl-tw-2',
        'trung-uong',
        'video',
        ['giao-thong'],
        '2026-02-10T08:00:00+07:00',
        'Video: Quy tắc giao thông đường bộ',
      ),
      material(
        'tl-btp-1',
        'bo-tu-phap',
        'slides',
        ['hon-nhan-gia-dinh'],
        '2026-02-20T08:00:00+07:00',
        'Bài giảng Luật Hôn nhân và gia đình',
      ),
      material(
        'tl-nb-1',
        'ninh-binh',
        'leaflet',
        ['dat-dai'],
        '2026-03-01T08:00:00+07:00',
        'Tờ gấp hỏi đáp Luật Đất đai',
      ),
      material(
        'tl-xa-1',
        'gia-vien',
        'infographic',
        ['hoa-giai'],
        '2026-03-10T08:00:00+07:00',
        'Infographic: hòa giải ở cơ sở',
      ),
    ],
  };
}

/** Names as stored, for asserting `unitName`. */
export const UNIT_NAMES: Record<string, string> = {
  'trung-uong': 'Trung ương',
  'bo-tu-phap': 'Bộ Tư pháp',
  'ninh-binh': 'Tỉnh Ninh Bình',
  'gia-vien': 'Xã Gia Viễn',
  'ha-noi': 'Thành phố Hà Nội',
};

type Data = SeedData;

function news(
  id: string,
  unitId: string,
  category: Data['news'][number]['category'],
  publishedAt: string,
  title: string,
): Data['news'][number] {
  return {
    id,
    unitId,
    unitName: UNIT_NAMES[unitId] ?? unitId,
    title,
    summary: `Tóm tắt (dữ liệu mẫu): ${title}`,
    category,
    image: id === 'tin-tw-1' ? { url: '/media/hoi-nghi.svg', alt: 'Toàn cảnh hội nghị' } : null,
    publishedAt,
    bodyHtml:
      '<p>Nội dung <strong>mẫu</strong>.</p><script>alert(1)</script>' +
      '<p><a href="javascript:alert(1)">xấu</a> <a href="https://vbpl.vn/">vbpl</a></p><img src="x" onerror="alert(1)">',
    author: id === 'tin-tw-1' ? 'Vụ Phổ biến, giáo dục pháp luật' : null,
  };
}

function doc(
  id: string,
  unitId: string,
  number: string,
  title: string,
  type: Data['documents'][number]['type'],
  issuers: Data['documents'][number]['issuers'],
  issuedDate: string,
  effectiveDate: string,
  status: Data['documents'][number]['status'],
  fields: Data['documents'][number]['fields'],
): Data['documents'][number] {
  return {
    id,
    unitId,
    number,
    title,
    type,
    issuers,
    issuedDate,
    effectiveDate,
    status,
    fields,
    summary: `${title} (dữ liệu mẫu).`,
    signers: [{ name: 'Nguyễn Văn A', title: 'Chủ tịch' }],
    expiryDate: status === 'expired' ? '2025-12-31' : null,
    gazetteNo: null,
    gazetteDate: null,
    attachments: [{ name: `${number}.pdf`, url: `/media/${id}.pdf`, format: 'pdf', size: 123456 }],
    sourceUrl: 'https://vbpl.vn/',
    relations:
      id === 'vb-luat-bvdlcn'
        ? [
            {
              kind: 'replaces',
              id: 'vb-nd-13',
              number: '13/2023/NĐ-CP',
              title: 'Nghị định về bảo vệ dữ liệu cá nhân',
            },
          ]
        : [],
  };
}

function question(
  id: string,
  unitId: string,
  field: Data['questions'][number]['field'],
  askedAt: string,
  answeredAt: string,
  title: string,
): Data['questions'][number] {
  return {
    id,
    unitId,
    unitName: UNIT_NAMES[unitId] ?? unitId,
    title,
    field,
    askedAt,
    answeredAt,
    question: `${title}? (câu hỏi mẫu)`,
    answerHtml: '<p>Trả lời mẫu: theo quy định tại <a href="https://vbpl.vn/">văn bản</a>.</p>',
    citations: [{ id: 'vb-luat-dat-dai', number: '31/2024/QH15', title: 'Luật Đất đai' }],
  };
}

function material(
  id: string,
  unitId: string,
  kind: Data['materials'][number]['kind'],
  fields: Data['materials'][number]['fields'],
  publishedAt: string,
  title: string,
): Data['materials'][number] {
  return {
    id,
    unitId,
    unitName: UNIT_NAMES[unitId] ?? unitId,
    title,
    summary: `${title} (dữ liệu mẫu).`,
    kind,
    fields,
    thumbnail: { url: `/media/${id}.svg`, alt: title },
    file: kind === 'video' ? null : { url: `/media/${id}.pdf`, format: 'pdf', size: 2048 },
    media:
      kind === 'video'
        ? {
            url: `/media/${id}.mp4`,
            mimeType: 'video/mp4',
            duration: 300,
            captionsUrl: null,
            transcript: 'Bản ghi lời mẫu.',
          }
        : null,
    publishedAt,
  };
}
