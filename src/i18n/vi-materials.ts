/**
 * Vietnamese strings of the dissemination materials section. They travel in that element's
 * chunk, not in the core every page loads (see vite.config.ts).
 */
import type { MaterialsTranslation } from './translation.js';

export const viMaterials = {
  kinds: {
    handbook: 'Sổ tay',
    leaflet: 'Tờ gấp',
    outline: 'Đề cương',
    infographic: 'Infographic',
    video: 'Video',
    audio: 'Chương trình phát thanh',
    slides: 'Bài giảng',
  },
  heading: 'Tài liệu PBGDPL',
  search: 'Tìm tài liệu',
  searchHint: 'Gõ có dấu hay không dấu đều được.',
  searchButton: 'Tìm',
  filters: 'Lọc tài liệu',
  kind: 'Loại tài liệu',
  field: 'Lĩnh vực',
  allKinds: 'Tất cả loại',
  allFields: 'Tất cả lĩnh vực',
  option: (label, count) => `${label} (${count})`,
  empty: 'Chưa có tài liệu nào.',
  noMatch: 'Không tìm thấy tài liệu phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
  total: (count) => `${count} tài liệu`,
  found: (count, n) => (n ? `Tìm thấy ${count} tài liệu.` : 'Không tìm thấy tài liệu nào.'),
  download: 'Tải về',
  openFull: 'Xem ảnh kích thước đầy đủ',
  newTab: '(mở trong thẻ mới)',
  captions: 'Phụ đề tiếng Việt',
  transcript: 'Xem lời thoại',
  mediaFailed: 'Không phát được tệp này trên trình duyệt. Bạn có thể tải về máy để xem hoặc nghe.',
  downloadMedia: 'Tải tệp về máy',
} satisfies MaterialsTranslation;
