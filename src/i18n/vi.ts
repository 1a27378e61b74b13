import type { Translation } from './translation.js';

export const vi = {
  locale: 'vi-VN',
  // 09/11/2026: the form citizens read on official documents.
  dateFormat: { day: '2-digit', month: '2-digit', year: 'numeric' },
  loading: 'Đang tải…',
  retry: 'Thử lại',
  back: 'Quay lại danh sách',
  pagination: 'Phân trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  pageOf: (page, pages) => `Trang ${page}/${pages}`,
  publishedOn: (date) => `Đăng ngày ${date}`,
  author: 'Tác giả',
  error: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
    timeout: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại sau ít phút.',
    http: 'Không tải được dữ liệu. Vui lòng thử lại.',
    parse: 'Dữ liệu nhận được không hợp lệ. Vui lòng thử lại.',
    notFound: 'Không tìm thấy nội dung này. Có thể tin đã được gỡ bỏ.',
  },
  news: {
    heading: 'Tin tức hoạt động PBGDPL',
    categories: {
      'hoat-dong': 'Hoạt động PBGDPL',
      'chinh-sach-moi': 'Chính sách mới',
      'hoa-giai': 'Hòa giải ở cơ sở',
      'ngay-phap-luat': 'Ngày Pháp luật Việt Nam',
      'tiep-can-phap-luat': 'Chuẩn tiếp cận pháp luật',
      'cuoc-thi': 'Cuộc thi tìm hiểu pháp luật',
    },
    empty: 'Chưa có tin nào.',
    total: (count) => `${count} tin`,
  },
} satisfies Translation;
