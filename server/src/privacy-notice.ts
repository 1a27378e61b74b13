/**
 * The full personal-data notice behind the question form's short one (Law 91/2025/QH15,
 * Decree 356/2025/NĐ-CP). Its version is what the widget sends as `noticeVersion` and what the
 * consent receipt records: change the text, change the version.
 */
export const PRIVACY_NOTICE_VERSION = 'qa-2026.1';

export function privacyNoticePage(retentionDays: number): string {
  const months = Math.round(retentionDays / 30);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thông báo xử lý dữ liệu cá nhân – Hỏi đáp pháp luật</title>
<style>
  body { font: 1rem/1.6 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.5rem; line-height: 1.3; } h2 { font-size: 1.15rem; margin-top: 1.75rem; }
</style>
</head>
<body>
<main>
<h1>Thông báo xử lý dữ liệu cá nhân khi gửi câu hỏi pháp luật</h1>
<p>Phiên bản ${PRIVACY_NOTICE_VERSION}. Thông báo này áp dụng cho biểu mẫu “Đặt câu hỏi” của chuyên mục Hỏi đáp pháp luật, trên mọi trang thông tin điện tử nhúng chuyên mục này.</p>

<h2>1. Ai chịu trách nhiệm về dữ liệu của bạn</h2>
<p>Bên kiểm soát dữ liệu là cơ quan, đơn vị có trang thông tin điện tử nơi bạn đặt câu hỏi; câu hỏi được gửi đến đơn vị đó để trả lời. Dịch vụ phổ biến, giáo dục pháp luật dùng chung lưu trữ và xử lý dữ liệu thay mặt đơn vị, theo đúng mục đích dưới đây.</p>

<h2>2. Dữ liệu được thu thập</h2>
<ul>
<li>Họ và tên; thư điện tử hoặc số điện thoại (ít nhất một trong hai).</li>
<li>Tiêu đề, lĩnh vực và nội dung câu hỏi.</li>
<li>Bằng chứng đồng ý: phiên bản thông báo này, thời điểm đồng ý và trang web nơi bạn gửi.</li>
<li>Địa chỉ IP của thiết bị gửi, chỉ để chống gửi tự động và lạm dụng.</li>
</ul>

<h2>3. Mục đích</h2>
<p>Dữ liệu liên hệ chỉ dùng để trả lời và, khi cần, liên hệ làm rõ câu hỏi của bạn. Dữ liệu không dùng cho quảng cáo, không bán và không chuyển cho bên khác ngoài cơ quan có thẩm quyền trả lời.</p>
<p>Câu hỏi và câu trả lời có thể được công bố trong chuyên mục Hỏi đáp pháp luật để phổ biến pháp luật, <strong>không kèm</strong> họ tên, thư điện tử, số điện thoại hay địa chỉ IP. Vì vậy, xin đừng ghi số giấy tờ tùy thân hay thông tin nhạy cảm vào nội dung câu hỏi.</p>

<h2>4. Thời hạn lưu trữ</h2>
<p>Họ tên, thư điện tử, số điện thoại và địa chỉ IP được xóa sau khoảng ${months} tháng (${retentionDays} ngày) kể từ khi câu hỏi được trả lời hoặc từ chối. Bằng chứng đồng ý được giữ lại để chứng minh việc xử lý là hợp pháp.</p>

<h2>5. Quyền của bạn</h2>
<p>Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP, bạn có quyền được biết về việc xử lý dữ liệu, đồng ý hoặc rút lại sự đồng ý, truy cập, yêu cầu chỉnh sửa, xóa hoặc hạn chế xử lý dữ liệu của mình, và khiếu nại, tố cáo, khởi kiện theo quy định. Để thực hiện các quyền này, hãy liên hệ đơn vị nơi bạn đặt câu hỏi theo thông tin trên trang web của đơn vị, kèm mã tra cứu câu hỏi.</p>
<p>Rút lại sự đồng ý không ảnh hưởng đến việc xử lý đã thực hiện trước đó; đơn vị có thể không liên hệ lại được với bạn, nhưng bạn vẫn xem được câu trả lời bằng mã tra cứu.</p>

<h2>6. Không đồng ý thì sao</h2>
<p>Việc gửi câu hỏi là tự nguyện. Nếu không đồng ý, bạn vẫn đọc được mọi câu hỏi đã được trả lời trong chuyên mục.</p>
</main>
</body>
</html>
`;
}
