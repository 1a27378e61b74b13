/**
 * Vietnamese strings of the legal Q&A section. They travel in that element's chunk, not in the
 * core every page loads (see vite.config.ts).
 */
import type { QaTranslation } from './translation.js';

export const viQa = {
  heading: 'Hỏi đáp pháp luật',
  search: 'Tìm câu hỏi',
  searchHint: 'Gõ có dấu hay không dấu đều được.',
  searchButton: 'Tìm',
  field: 'Lĩnh vực',
  all: 'Tất cả lĩnh vực',
  option: (label, count) => `${label} (${count})`,
  empty: 'Chưa có câu hỏi nào được trả lời.',
  noMatch: 'Không tìm thấy câu hỏi phù hợp. Hãy thử từ khóa khác hoặc lĩnh vực khác.',
  total: (count) => `${count} câu hỏi`,
  found: (count, n) => (n ? `Tìm thấy ${count} câu hỏi.` : 'Không tìm thấy câu hỏi nào.'),
  asked: 'Ngày hỏi',
  answeredOn: (date) => `Trả lời ngày ${date}`,
  answeredBy: (unit, date) => `${unit} trả lời ngày ${date}`,
  questionHeading: 'Câu hỏi',
  answerHeading: 'Trả lời',
  citations: 'Văn bản được viện dẫn',
  citedSource: 'Xem văn bản gốc',
  newTab: '(mở trong thẻ mới)',
  views: 'Hỏi đáp',
  browse: 'Câu hỏi đã trả lời',
  ask: 'Đặt câu hỏi',
  track: 'Tra cứu câu hỏi',
  trackingCode: 'Mã tra cứu',
  trackIntro: 'Nhập mã tra cứu nhận được khi gửi câu hỏi.',
  code: 'Mã tra cứu',
  codeHint: 'Dạng PB-XXXXX-XXXXX; chữ hoa hay thường đều được.',
  lookup: 'Tra cứu',
  codeInvalid: 'Mã tra cứu có dạng PB-XXXXX-XXXXX.',
  codeUnknown: 'Không tìm thấy câu hỏi với mã này. Vui lòng kiểm tra lại mã.',
  status: 'Trạng thái',
  statuses: {
    pending: 'Đang chờ trả lời',
    answered: 'Đã trả lời',
    rejected: 'Không được tiếp nhận',
  },
  addressedTo: 'Gửi đến',
  rejection: 'Lý do',
  readAnswer: 'Xem câu trả lời',
} satisfies QaTranslation;
