/**
 * Laws that PBGDPL news and materials talk about, with a few key points each. Points are kept
 * to what the documents plainly say; where unsure they stay general.
 */
import type { LegalField } from '../../../src/api/codes.js';

export interface LawTopic {
  key: string;
  /** How news headlines name it, e.g. "Luật Đất đai năm 2024". */
  short: string;
  /** Number of the document in the corpus, or null when it is not part of it. */
  number: string | null;
  /** News about it only after this date (its adoption). */
  since: string;
  field: LegalField;
  /** Audiences it is typically explained to (natural Vietnamese phrases). */
  audiences: string[];
  points: string[];
}

export const LAW_TOPICS: readonly LawTopic[] = [
  {
    key: 'dat-dai',
    short: 'Luật Đất đai năm 2024',
    number: '31/2024/QH15',
    since: '2024-01-18',
    field: 'dat-dai',
    audiences: [
      'cán bộ địa chính cấp xã',
      'hội viên nông dân',
      'cán bộ thôn, tổ dân phố',
      'người dân vùng có dự án thu hồi đất',
    ],
    points: [
      'Bỏ khung giá đất; bảng giá đất được xây dựng, điều chỉnh định kỳ hằng năm.',
      'Mở rộng việc cấp Giấy chứng nhận cho người đang sử dụng đất ổn định, không vi phạm pháp luật đất đai nhưng không có giấy tờ về quyền sử dụng đất.',
      'Cá nhân không trực tiếp sản xuất nông nghiệp được nhận chuyển nhượng đất trồng lúa trong hạn mức.',
      'Quy định cụ thể hơn về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.',
    ],
  },
  {
    key: 'giao-thong',
    short: 'Luật Trật tự, an toàn giao thông đường bộ',
    number: '36/2024/QH15',
    since: '2024-06-27',
    field: 'giao-thong',
    audiences: [
      'học sinh trung học phổ thông',
      'đoàn viên, thanh niên',
      'người điều khiển xe mô tô, xe gắn máy',
      'tài xế kinh doanh vận tải',
    ],
    points: [
      'Nghiêm cấm điều khiển phương tiện tham gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn.',
      'Giấy phép lái xe có 12 điểm; điểm bị trừ theo từng hành vi vi phạm và được phục hồi nếu không bị trừ hết điểm trong 12 tháng.',
      'Trẻ em dưới 10 tuổi và cao dưới 1,35 mét không được ngồi cùng hàng ghế với người lái xe ô tô, trừ xe chỉ có một hàng ghế.',
      'Xe ô tô kinh doanh vận tải chở trẻ em mầm non, học sinh phải có thiết bị cảnh báo chống bỏ quên trẻ em.',
    ],
  },
  {
    key: 'nd-168',
    short: 'Nghị định số 168/2024/NĐ-CP',
    number: '168/2024/NĐ-CP',
    since: '2024-12-26',
    field: 'giao-thong',
    audiences: [
      'người điều khiển xe mô tô, xe gắn máy',
      'tài xế kinh doanh vận tải',
      'công nhân các khu công nghiệp',
      'sinh viên',
    ],
    points: [
      'Tăng mức phạt đối với các hành vi có nguy cơ cao gây tai nạn như vượt đèn đỏ, chạy quá tốc độ, vi phạm nồng độ cồn.',
      'Quy định việc trừ điểm giấy phép lái xe đối với từng hành vi vi phạm.',
      'Người điều khiển ô tô vi phạm nồng độ cồn ở mức cao nhất có thể bị phạt tiền từ 30 đến 40 triệu đồng.',
    ],
  },
  {
    key: 'bhxh',
    short: 'Luật Bảo hiểm xã hội năm 2024',
    number: '41/2024/QH15',
    since: '2024-06-29',
    field: 'bao-hiem-xa-hoi',
    audiences: [
      'công nhân các khu công nghiệp',
      'chủ hộ kinh doanh',
      'người lao động tự do',
      'cán bộ công đoàn cơ sở',
    ],
    points: [
      'Giảm số năm đóng bảo hiểm xã hội tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm.',
      'Bổ sung trợ cấp hưu trí xã hội cho người cao tuổi không có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng.',
      'Mở rộng đối tượng tham gia bảo hiểm xã hội bắt buộc, trong đó có chủ hộ kinh doanh có đăng ký kinh doanh.',
      'Bổ sung chế độ trợ cấp thai sản cho người tham gia bảo hiểm xã hội tự nguyện.',
    ],
  },
  {
    key: 'can-cuoc',
    short: 'Luật Căn cước',
    number: '26/2023/QH15',
    since: '2023-11-27',
    field: 'cu-tru-can-cuoc',
    audiences: [
      'cán bộ thôn, tổ dân phố',
      'phụ huynh học sinh',
      'người cao tuổi',
      'đồng bào dân tộc thiểu số',
    ],
    points: [
      'Thẻ căn cước thay cho thẻ Căn cước công dân; thẻ Căn cước công dân còn hạn vẫn được sử dụng đến hết thời hạn.',
      'Công dân dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu.',
      'Thông tin “quê quán” được thay bằng “nơi đăng ký khai sinh”; thẻ không còn in vân tay và đặc điểm nhận dạng.',
      'Bổ sung căn cước điện tử và giấy chứng nhận căn cước.',
    ],
  },
  {
    key: 'du-lieu-ca-nhan',
    short: 'Luật Bảo vệ dữ liệu cá nhân',
    number: '91/2025/QH15',
    since: '2025-06-26',
    field: 'du-lieu-ca-nhan',
    audiences: ['cán bộ, công chức', 'doanh nghiệp nhỏ và vừa', 'sinh viên', 'giáo viên'],
    points: [
      'Luật có hiệu lực từ ngày 01/01/2026, thay thế các quy định của Nghị định số 13/2023/NĐ-CP.',
      'Sự đồng ý của chủ thể dữ liệu phải tự nguyện, rõ ràng và có thể kiểm chứng; im lặng hoặc không phản hồi không được coi là đồng ý.',
      'Nghiêm cấm mua, bán dữ liệu cá nhân.',
      'Chủ thể dữ liệu có quyền được biết, đồng ý hoặc rút lại sự đồng ý, xem, chỉnh sửa và yêu cầu xóa dữ liệu của mình.',
    ],
  },
  {
    key: 'hon-nhan',
    short: 'Luật Hôn nhân và gia đình',
    number: '52/2014/QH13',
    since: '2014-06-19',
    field: 'hon-nhan-gia-dinh',
    audiences: [
      'hội viên phụ nữ',
      'đồng bào dân tộc thiểu số',
      'đoàn viên, thanh niên',
      'học sinh trung học phổ thông',
    ],
    points: [
      'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi mới được kết hôn.',
      'Cấm tảo hôn, cưỡng ép kết hôn, kết hôn giả tạo.',
      'Vợ, chồng bình đẳng với nhau về quyền, nghĩa vụ đối với tài sản chung.',
    ],
  },
  {
    key: 'bao-luc-gia-dinh',
    short: 'Luật Phòng, chống bạo lực gia đình',
    number: '13/2022/QH15',
    since: '2022-11-14',
    field: 'hon-nhan-gia-dinh',
    audiences: [
      'hội viên phụ nữ',
      'người có uy tín trong cộng đồng',
      'cán bộ thôn, tổ dân phố',
      'hòa giải viên ở cơ sở',
    ],
    points: [
      'Người bị bạo lực gia đình được bảo vệ bằng các biện pháp như cấm tiếp xúc, bố trí nơi tạm lánh.',
      'Mọi người có trách nhiệm báo tin về hành vi bạo lực gia đình cho cơ quan, người có thẩm quyền.',
      'Quy định rõ trách nhiệm của gia đình, cộng đồng và chính quyền cơ sở trong phòng, chống bạo lực gia đình.',
    ],
  },
  {
    key: 'hoa-giai',
    short: 'Luật Hòa giải ở cơ sở',
    number: '35/2013/QH13',
    since: '2013-06-20',
    field: 'hoa-giai',
    audiences: ['hòa giải viên ở cơ sở', 'tổ trưởng tổ hòa giải', 'cán bộ Mặt trận ở khu dân cư'],
    points: [
      'Hòa giải ở cơ sở dựa trên nguyên tắc tự nguyện, tôn trọng sự thỏa thuận của các bên.',
      'Mỗi tổ hòa giải có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ.',
      'Hòa giải viên được hưởng thù lao theo vụ, việc và được bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải.',
    ],
  },
  {
    key: 'dan-chu',
    short: 'Luật Thực hiện dân chủ ở cơ sở',
    number: '10/2022/QH15',
    since: '2022-11-10',
    field: 'hanh-chinh',
    audiences: [
      'cán bộ thôn, tổ dân phố',
      'cán bộ Mặt trận ở khu dân cư',
      'người lao động trong doanh nghiệp',
    ],
    points: [
      'Người dân được biết, bàn, quyết định, kiểm tra, giám sát nhiều nội dung ở xã, phường.',
      'Chính quyền cấp xã phải công khai các nội dung theo quy định, như kế hoạch sử dụng đất, dự án đầu tư, thu chi ngân sách.',
    ],
  },
  {
    key: 'lao-dong',
    short: 'Bộ luật Lao động',
    number: '45/2019/QH14',
    since: '2019-11-20',
    field: 'lao-dong',
    audiences: [
      'công nhân các khu công nghiệp',
      'người lao động trong doanh nghiệp',
      'cán bộ công đoàn cơ sở',
    ],
    points: [
      'Người lao động được đơn phương chấm dứt hợp đồng lao động mà không cần lý do nếu báo trước đúng thời hạn.',
      'Tuổi nghỉ hưu của người lao động được điều chỉnh theo lộ trình.',
      'Người lao động có quyền thành lập, gia nhập tổ chức của người lao động tại doanh nghiệp.',
    ],
  },
  {
    key: 'viec-lam',
    short: 'Luật Việc làm năm 2025',
    number: '74/2025/QH15',
    since: '2025-06-16',
    field: 'lao-dong',
    audiences: ['người lao động tự do', 'công nhân các khu công nghiệp', 'sinh viên'],
    points: [
      'Luật có hiệu lực từ ngày 01/01/2026.',
      'Mở rộng đối tượng tham gia bảo hiểm thất nghiệp.',
      'Quy định về đăng ký lao động và hỗ trợ phát triển kỹ năng nghề cho người lao động.',
    ],
  },
  {
    key: 'ma-tuy',
    short: 'Luật Phòng, chống ma túy',
    number: '73/2021/QH14',
    since: '2021-03-30',
    field: 'hinh-su',
    audiences: ['học sinh trung học phổ thông', 'đoàn viên, thanh niên', 'phụ huynh học sinh'],
    points: [
      'Người sử dụng trái phép chất ma túy bị quản lý tại địa phương theo quy định.',
      'Người từ đủ 12 tuổi đến dưới 18 tuổi nghiện ma túy được cai nghiện theo các biện pháp phù hợp với lứa tuổi.',
      'Gia đình và cộng đồng có trách nhiệm phát hiện, báo tin về hành vi sử dụng trái phép chất ma túy.',
    ],
  },
  {
    key: 'thue-gtgt',
    short: 'Luật Thuế giá trị gia tăng năm 2024',
    number: '48/2024/QH15',
    since: '2024-11-26',
    field: 'thue',
    audiences: ['chủ hộ kinh doanh', 'doanh nghiệp nhỏ và vừa', 'tiểu thương tại các chợ'],
    points: [
      'Luật có hiệu lực từ ngày 01/7/2025.',
      'Nâng ngưỡng doanh thu năm không chịu thuế giá trị gia tăng của hộ, cá nhân kinh doanh lên 200 triệu đồng.',
      'Quy định rõ hơn điều kiện khấu trừ và hoàn thuế giá trị gia tăng.',
    ],
  },
  {
    key: 'nguoi-tieu-dung',
    short: 'Luật Bảo vệ quyền lợi người tiêu dùng',
    number: '19/2023/QH15',
    since: '2023-06-20',
    field: 'dan-su',
    audiences: ['tiểu thương tại các chợ', 'hội viên phụ nữ', 'sinh viên'],
    points: [
      'Bổ sung quy định bảo vệ người tiêu dùng trong giao dịch trên không gian mạng.',
      'Quan tâm bảo vệ người tiêu dùng dễ bị tổn thương như trẻ em, người cao tuổi, người khuyết tật.',
      'Tranh chấp có thể được giải quyết bằng thương lượng, hòa giải, trọng tài hoặc Tòa án.',
    ],
  },
  {
    key: 'bhyt',
    short: 'Luật Bảo hiểm y tế sửa đổi năm 2024',
    number: '51/2024/QH15',
    since: '2024-11-27',
    field: 'y-te',
    audiences: ['người cao tuổi', 'phụ huynh học sinh', 'người lao động tự do'],
    points: [
      'Luật có hiệu lực từ ngày 01/7/2025.',
      'Bổ sung một số nhóm đối tượng tham gia bảo hiểm y tế.',
      'Điều chỉnh quy định về khám bệnh, chữa bệnh bảo hiểm y tế khi chuyển cơ sở điều trị.',
    ],
  },
  {
    key: 'tre-em',
    short: 'Luật Trẻ em',
    number: '102/2016/QH13',
    since: '2016-04-05',
    field: 'hon-nhan-gia-dinh',
    audiences: ['phụ huynh học sinh', 'giáo viên', 'hội viên phụ nữ'],
    points: [
      'Trẻ em là người dưới 16 tuổi.',
      'Trẻ em có quyền được bảo vệ để không bị xâm hại, bóc lột, bạo lực.',
      'Gia đình, nhà trường và xã hội có trách nhiệm bảo đảm thực hiện quyền trẻ em.',
    ],
  },
  {
    key: 'nghia-vu-quan-su',
    short: 'Luật Nghĩa vụ quân sự',
    number: null,
    since: '2015-06-19',
    field: 'hanh-chinh',
    audiences: ['đoàn viên, thanh niên', 'sinh viên', 'thanh niên trong độ tuổi nhập ngũ'],
    points: [
      'Công dân nam trong độ tuổi theo quy định có nghĩa vụ thực hiện nghĩa vụ quân sự.',
      'Thời hạn phục vụ tại ngũ trong thời bình của hạ sĩ quan, binh sĩ là 24 tháng.',
    ],
  },
  {
    key: 'khieu-nai',
    short: 'Luật Khiếu nại và Luật Tố cáo',
    number: '02/2011/QH13',
    since: '2011-11-11',
    field: 'hanh-chinh',
    audiences: ['cán bộ tiếp công dân', 'cán bộ thôn, tổ dân phố', 'người dân'],
    points: [
      'Thời hiệu khiếu nại là 90 ngày kể từ ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính.',
      'Người tố cáo được giữ bí mật thông tin và được bảo vệ theo quy định.',
    ],
  },
  {
    key: 'tro-giup-phap-ly',
    short: 'Luật Trợ giúp pháp lý',
    number: '11/2017/QH14',
    since: '2017-06-20',
    field: 'dan-su',
    audiences: ['người có công với cách mạng', 'người thuộc hộ nghèo', 'đồng bào dân tộc thiểu số'],
    points: [
      'Người thuộc hộ nghèo, người có công với cách mạng, trẻ em và một số nhóm khác được trợ giúp pháp lý miễn phí.',
      'Trợ giúp pháp lý gồm tư vấn pháp luật, tham gia tố tụng và đại diện ngoài tố tụng.',
    ],
  },
];

/** Which laws a central unit mostly talks about. */
export const UNIT_LAWS: Record<string, string[]> = {
  'bo-quoc-phong': ['nghia-vu-quan-su', 'du-lieu-ca-nhan'],
  'bo-cong-an': ['giao-thong', 'nd-168', 'can-cuoc', 'du-lieu-ca-nhan', 'ma-tuy'],
  'bo-ngoai-giao': ['du-lieu-ca-nhan', 'khieu-nai'],
  'bo-noi-vu': ['bhxh', 'lao-dong', 'viec-lam', 'dan-chu'],
  'bo-tu-phap': ['hoa-giai', 'tro-giup-phap-ly', 'hon-nhan', 'dat-dai', 'du-lieu-ca-nhan'],
  'bo-tai-chinh': ['thue-gtgt', 'bhxh'],
  'bo-cong-thuong': ['nguoi-tieu-dung'],
  'bo-nong-nghiep-moi-truong': ['dat-dai'],
  'bo-xay-dung': ['giao-thong', 'dat-dai'],
  'bo-van-hoa-the-thao-du-lich': ['bao-luc-gia-dinh', 'tre-em'],
  'bo-khoa-hoc-cong-nghe': ['du-lieu-ca-nhan'],
  'bo-giao-duc-dao-tao': ['giao-thong', 'ma-tuy', 'tre-em'],
  'bo-y-te': ['bhyt', 'ma-tuy'],
  'bo-dan-toc-ton-giao': ['hon-nhan', 'tro-giup-phap-ly'],
  'ngan-hang-nha-nuoc': ['nguoi-tieu-dung', 'du-lieu-ca-nhan'],
  'thanh-tra-chinh-phu': ['khieu-nai', 'dan-chu'],
  'van-phong-chinh-phu': ['dan-chu', 'du-lieu-ca-nhan'],
  'mat-tran-to-quoc': ['dan-chu', 'khieu-nai'],
  'hoi-luat-gia': ['tro-giup-phap-ly', 'hoa-giai', 'dat-dai'],
  'hoi-lien-hiep-phu-nu': ['bao-luc-gia-dinh', 'hon-nhan', 'tre-em'],
  'trung-uong-doan': ['giao-thong', 'ma-tuy', 'nghia-vu-quan-su'],
};

export function lawByKey(key: string): LawTopic {
  const law = LAW_TOPICS.find((l) => l.key === key);
  if (!law) throw new Error(`Unknown law topic ${key}`);
  return law;
}
