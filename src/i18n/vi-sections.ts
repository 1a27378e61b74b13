/**
 * Vietnamese strings of `<pbgdpl-sections>`. They travel in that element's chunk, not in the
 * core every page loads (see vite.config.ts).
 */
import type { SectionsTranslation } from './translation.js';

export const viSections = {
  heading: 'Phổ biến, giáo dục pháp luật',
  tabs: 'Các chuyên mục',
  names: {
    news: 'Tin tức',
    documents: 'Văn bản pháp luật',
    qa: 'Hỏi đáp pháp luật',
    materials: 'Tài liệu PBGDPL',
  },
  loadFailed: 'Không tải được chuyên mục này. Vui lòng kiểm tra kết nối mạng và thử lại.',
} satisfies SectionsTranslation;
