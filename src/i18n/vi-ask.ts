/**
 * Vietnamese strings of the legal Q&A's ask form. They travel in the form's own chunk (ask.ts),
 * loaded when a citizen first opens the form, not with the list every reader sees.
 */
import type { AskTranslation } from './translation.js';

export const viAsk = {
  askIntro:
    'Câu hỏi được gửi đến đơn vị có thẩm quyền. Khi có câu trả lời, bạn xem được bằng mã tra cứu.',
  required: '(bắt buộc)',
  title: 'Tiêu đề',
  titleHint: 'Từ 5 đến 200 ký tự.',
  question: 'Nội dung câu hỏi',
  questionHint: 'Từ 10 đến 4.000 ký tự. Không ghi số giấy tờ tùy thân hay thông tin nhạy cảm.',
  chooseField: 'Chọn lĩnh vực',
  name: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  contactHint: 'Cần ít nhất thư điện tử hoặc số điện thoại. Thông tin này không được công khai.',
  notice: (controller) =>
    `${controller} là bên kiểm soát dữ liệu cá nhân bạn cung cấp (họ tên, thư điện tử hoặc số điện thoại) và chỉ dùng để trả lời, liên hệ về câu hỏi này. Dữ liệu liên hệ được lưu tối đa 12 tháng rồi xóa. Bạn có quyền biết, truy cập, chỉnh sửa, xóa dữ liệu, rút lại sự đồng ý và khiếu nại theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.`,
  controllerFallback: 'Đơn vị quản lý trang',
  noticeLink: 'Đọc đầy đủ thông báo xử lý dữ liệu cá nhân',
  consent: 'Tôi đồng ý cho xử lý dữ liệu cá nhân của tôi theo thông báo trên.',
  submit: 'Gửi câu hỏi',
  sending: 'Đang gửi câu hỏi…',
  proving: 'Đang xác minh chống thư rác, vui lòng chờ trong giây lát…',
  draftSaved: 'Bản nháp được lưu trên trình duyệt này cho đến khi gửi xong.',
  errorSummary: (count) => `Có ${count} lỗi cần sửa:`,
  errors: {
    title: 'Nhập tiêu đề từ 5 đến 200 ký tự.',
    question: 'Nhập nội dung câu hỏi từ 10 đến 4.000 ký tự.',
    field: 'Chọn lĩnh vực của câu hỏi.',
    name: 'Nhập họ và tên.',
    contact: 'Nhập thư điện tử hoặc số điện thoại hợp lệ.',
    consent: 'Đánh dấu ô đồng ý để gửi câu hỏi.',
  },
  rejected: (detail) => `Không gửi được câu hỏi. ${detail}`.trim(),
  throttled: (seconds) =>
    `Bạn đã gửi quá nhiều yêu cầu. Câu hỏi sẽ được gửi tự động sau ${seconds} giây.`,
  queued:
    'Chưa gửi được do mất kết nối hoặc máy chủ đang bận. Câu hỏi đã được lưu trên trình duyệt này và sẽ tự động gửi khi có kết nối; bạn có thể đóng trang.',
  retryNow: 'Thử gửi ngay',
  sentHeading: 'Đã gửi câu hỏi',
  sentHelp:
    'Hãy ghi lại mã này. Để xem trạng thái và câu trả lời, chọn “Tra cứu câu hỏi” và nhập mã.',
  askAnother: 'Đặt câu hỏi khác',
} satisfies AskTranslation;
