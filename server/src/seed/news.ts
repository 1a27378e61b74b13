/**
 * Sample PBGDPL news: headlines are built from templates, units, laws and audiences, each
 * template written so the combination reads as a natural Vietnamese headline.
 */
import type { NewsCategory, UnitKind } from '../../../src/api/codes.js';
import type { NewsDetail, Unit } from '../schemas/index.js';
import {
  instantDaysAgo,
  isoDate,
  isoDateTime,
  Rng,
  SAMPLE_NOTE_HTML,
  slugify,
  viDate,
} from './random.js';
import { LAW_TOPICS, lawByKey, UNIT_LAWS, type LawTopic } from './topics.js';
import { COMMUNES, communeInText, PROVINCES, provinceInText } from './units.js';

const VBPL_LINK =
  '<a href="https://vbpl.vn/pages/portal.aspx">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a>';
const PORTAL_LINK = '<a href="https://phapluat.gov.vn">Cổng Pháp luật quốc gia</a>';

interface Ctx {
  /** The acting body as a headline subject: "Sở Tư pháp tỉnh Ninh Bình". */
  a: string;
  /** The place in running text ("tỉnh Ninh Bình", "phường Hoa Lư"), empty for central units. */
  p: string;
  law: LawTopic;
  /** Audience phrase: "hội viên nông dân". */
  g: string;
  year: number;
  /** The publication day as dd/mm/yyyy. */
  day: string;
}

interface Template {
  cat: NewsCategory;
  kinds: UnitKind[];
  /** Whether the headline names a law (then the body lists its key points). */
  usesLaw: boolean;
  /** Months (1–12) in which it can be published. */
  months?: number[];
  /** Not before this date (e.g. after the 2025 reorganisation). */
  after?: string;
  /** Only for laws adopted within the two years before publication ("điểm mới", "triển khai"). */
  newLaw?: boolean;
  /** Publication window within the year, as MM-DD bounds (inclusive). */
  season?: [string, string];
  title: (c: Ctx) => string;
  lead: (c: Ctx) => string;
}

const ALL: UnitKind[] = ['national', 'ministry', 'organization', 'province', 'commune'];
const CENTRAL: UnitKind[] = ['national', 'ministry', 'organization'];
const LOCAL: UnitKind[] = ['province', 'commune'];
const NOT_COMMUNE: UnitKind[] = ['national', 'ministry', 'organization', 'province'];

const TEMPLATES: Template[] = [
  // Hoạt động PBGDPL
  {
    cat: 'hoat-dong',
    kinds: NOT_COMMUNE,
    usesLaw: true,
    title: (c) => `${c.a} tổ chức hội nghị phổ biến ${c.law.short} cho ${c.g}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức hội nghị phổ biến ${c.law.short} cho ${c.g}${c.p ? ` trên địa bàn ${c.p}` : ''}. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu cơ sở.`,
  },
  {
    cat: 'hoat-dong',
    kinds: ALL,
    usesLaw: true,
    newLaw: true,
    title: (c) => `${c.a} tổ chức tọa đàm về những điểm mới của ${c.law.short}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức tọa đàm giới thiệu những điểm mới của ${c.law.short}, thu hút đông đảo ${c.g} tham dự.`,
  },
  {
    cat: 'hoat-dong',
    kinds: LOCAL,
    usesLaw: true,
    title: (c) => `Đưa ${c.law.short} đến gần hơn với ${c.g} ở ${c.p}`,
    lead: (c) =>
      `Thời gian qua, ${c.a} đã triển khai nhiều cách làm mới để phổ biến ${c.law.short} đến ${c.g}, như sinh hoạt chuyên đề tại khu dân cư, phát thanh trên hệ thống loa cơ sở và chia sẻ tài liệu qua mạng xã hội.`,
  },
  {
    cat: 'hoat-dong',
    kinds: NOT_COMMUNE,
    usesLaw: false,
    title: (c) =>
      `${c.a} tập huấn nghiệp vụ cho báo cáo viên, tuyên truyền viên pháp luật năm ${c.year}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức lớp tập huấn nghiệp vụ, kỹ năng phổ biến, giáo dục pháp luật cho đội ngũ báo cáo viên, tuyên truyền viên pháp luật năm ${c.year}.`,
  },
  {
    cat: 'hoat-dong',
    kinds: LOCAL,
    usesLaw: true,
    title: (c) => `${c.a} kết hợp trợ giúp pháp lý lưu động với phổ biến ${c.law.short}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tổ chức trợ giúp pháp lý lưu động kết hợp phổ biến ${c.law.short} cho ${c.g}.`,
  },
  {
    cat: 'hoat-dong',
    kinds: ['province', 'national', 'ministry'],
    usesLaw: false,
    title: (c) => `${c.a} sơ kết công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm ${c.year}`,
    months: [6, 7],
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức hội nghị sơ kết công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm ${c.year} và triển khai nhiệm vụ những tháng cuối năm.`,
  },
  {
    cat: 'hoat-dong',
    kinds: ['province', 'national', 'ministry', 'organization'],
    usesLaw: false,
    title: (c) => `${c.a} tổng kết công tác phổ biến, giáo dục pháp luật năm ${c.year - 1}`,
    months: [1, 2],
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức hội nghị tổng kết công tác phổ biến, giáo dục pháp luật năm ${c.year - 1}, đánh giá kết quả đạt được và những hạn chế cần khắc phục.`,
  },
  {
    cat: 'hoat-dong',
    kinds: ['province', 'ministry', 'organization'],
    usesLaw: false,
    title: (c) =>
      `${c.a} ra mắt chuyên mục phổ biến, giáo dục pháp luật trên trang thông tin điện tử`,
    lead: (c) =>
      `Từ ngày ${c.day}, chuyên mục phổ biến, giáo dục pháp luật trên trang thông tin điện tử của ${c.a} chính thức hoạt động, cung cấp tin tức, văn bản mới, hỏi đáp và tài liệu pháp luật được cập nhật từ hệ thống dùng chung.`,
  },
  {
    cat: 'hoat-dong',
    kinds: ['commune'],
    usesLaw: true,
    title: (c) => `${c.a} tổ chức sinh hoạt chuyên đề về ${c.law.short} tại các khu dân cư`,
    lead: (c) =>
      `Trong tháng, ${c.a} phối hợp với Ban Công tác Mặt trận các khu dân cư tổ chức sinh hoạt chuyên đề giới thiệu ${c.law.short} cho ${c.g}.`,
  },
  // Chính sách mới
  {
    cat: 'chinh-sach-moi',
    kinds: CENTRAL,
    usesLaw: true,
    newLaw: true,
    title: (c) => `Những điểm mới của ${c.law.short} mà người dân cần biết`,
    lead: (c) =>
      `${c.law.short} có nhiều quy định mới tác động trực tiếp đến quyền và nghĩa vụ của người dân. ${c.a} tóm lược một số nội dung đáng chú ý.`,
  },
  {
    cat: 'chinh-sach-moi',
    kinds: NOT_COMMUNE,
    usesLaw: true,
    newLaw: true,
    title: (c) => `${c.a} triển khai thi hành ${c.law.short}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức hội nghị triển khai thi hành ${c.law.short}, phân công nhiệm vụ cụ thể cho các cơ quan, đơn vị.`,
  },
  {
    cat: 'chinh-sach-moi',
    kinds: ['province', 'commune'],
    usesLaw: true,
    title: (c) => `Hỏi – đáp về ${c.law.short}: những vướng mắc thường gặp ở ${c.p}`,
    lead: (c) =>
      `Qua tiếp nhận câu hỏi của người dân, ${c.a} tổng hợp một số vướng mắc thường gặp khi áp dụng ${c.law.short} và hướng dẫn cách thực hiện.`,
  },
  {
    cat: 'chinh-sach-moi',
    kinds: ['ministry', 'national'],
    usesLaw: true,
    newLaw: true,
    title: (c) => `${c.a} hướng dẫn thực hiện một số quy định của ${c.law.short}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} có văn bản hướng dẫn các cơ quan, đơn vị thực hiện thống nhất một số quy định của ${c.law.short}.`,
  },
  // Hòa giải ở cơ sở
  {
    cat: 'hoa-giai',
    kinds: ['national', 'province', 'commune'],
    usesLaw: false,
    title: (c) => `${c.a} tập huấn kỹ năng hòa giải ở cơ sở năm ${c.year}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức lớp tập huấn kiến thức pháp luật và kỹ năng hòa giải ở cơ sở cho hòa giải viên, tổ trưởng tổ hòa giải.`,
  },
  {
    cat: 'hoa-giai',
    kinds: ['commune'],
    usesLaw: false,
    after: '2025-07-01',
    title: (c) => `${c.a} kiện toàn tổ hòa giải sau khi sắp xếp thôn, tổ dân phố`,
    lead: (c) =>
      `Sau khi sắp xếp thôn, tổ dân phố, ${c.a} đã rà soát, kiện toàn các tổ hòa giải, bảo đảm mỗi tổ có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ.`,
  },
  {
    cat: 'hoa-giai',
    kinds: ['province', 'national'],
    usesLaw: false,
    title: (c) => `${c.a} tổ chức Hội thi hòa giải viên giỏi năm ${c.year}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức Hội thi hòa giải viên giỏi năm ${c.year} với sự tham gia của các đội thi đến từ nhiều xã, phường.`,
  },
  {
    cat: 'hoa-giai',
    kinds: LOCAL,
    usesLaw: false,
    title: (c) => `Hòa giải ở cơ sở góp phần giữ gìn tình làng nghĩa xóm ở ${c.p}`,
    lead: (c) =>
      `Những năm qua, công tác hòa giải ở cơ sở tại ${c.p} được quan tâm, nhiều mâu thuẫn, tranh chấp nhỏ trong cộng đồng được giải quyết ngay từ khi mới phát sinh.`,
  },
  {
    cat: 'hoa-giai',
    kinds: ['organization', 'national'],
    usesLaw: false,
    title: (c) => `${c.a} biên soạn bộ tình huống mẫu về hòa giải ở cơ sở`,
    lead: (c) =>
      `${c.a} vừa hoàn thành bộ tình huống mẫu về hòa giải ở cơ sở, tập trung vào tranh chấp đất đai, mâu thuẫn gia đình và tranh chấp giữa hàng xóm.`,
  },
  // Ngày Pháp luật Việt Nam
  {
    cat: 'ngay-phap-luat',
    kinds: NOT_COMMUNE,
    usesLaw: false,
    season: ['09-05', '10-20'],
    title: (c) => `${c.a} ban hành kế hoạch hưởng ứng Ngày Pháp luật Việt Nam năm ${c.year}`,
    lead: (c) =>
      `${c.a} vừa ban hành kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm ${c.year}.`,
  },
  {
    cat: 'ngay-phap-luat',
    kinds: ALL,
    usesLaw: false,
    season: ['11-03', '11-12'],
    title: (c) => `${c.a} tổ chức Lễ hưởng ứng Ngày Pháp luật Việt Nam năm ${c.year}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức Lễ hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm ${c.year}.`,
  },
  {
    cat: 'ngay-phap-luat',
    kinds: LOCAL,
    usesLaw: false,
    season: ['10-20', '11-15'],
    title: (c) => `Sôi nổi các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm ${c.year} ở ${c.p}`,
    lead: (c) =>
      `Hưởng ứng Ngày Pháp luật Việt Nam năm ${c.year}, ${c.a} tổ chức nhiều hoạt động phổ biến pháp luật thiết thực, hướng về cơ sở.`,
  },
  {
    cat: 'ngay-phap-luat',
    kinds: NOT_COMMUNE,
    usesLaw: true,
    season: ['10-15', '11-12'],
    title: (c) =>
      `${c.a} tổ chức đối thoại chính sách về ${c.law.short} nhân Ngày Pháp luật Việt Nam năm ${c.year}`,
    lead: (c) =>
      `Nhân Ngày Pháp luật Việt Nam năm ${c.year}, ${c.a} tổ chức buổi đối thoại chính sách, giải đáp trực tiếp các vướng mắc của ${c.g} về ${c.law.short}.`,
  },
  // Chuẩn tiếp cận pháp luật
  {
    cat: 'tiep-can-phap-luat',
    kinds: ['province'],
    usesLaw: false,
    months: [1, 2, 3],
    title: (c) => `${c.a} công nhận các xã, phường đạt chuẩn tiếp cận pháp luật năm ${c.year - 1}`,
    lead: (c) =>
      `Trên cơ sở đề nghị của Hội đồng đánh giá tiếp cận pháp luật, ${c.a} đã công nhận các xã, phường đạt chuẩn tiếp cận pháp luật năm ${c.year - 1}.`,
  },
  {
    cat: 'tiep-can-phap-luat',
    kinds: ['commune'],
    usesLaw: false,
    title: (c) => `${c.a} phấn đấu đạt chuẩn tiếp cận pháp luật năm ${c.year}`,
    lead: (c) =>
      `${c.a} đã ban hành kế hoạch xây dựng đơn vị đạt chuẩn tiếp cận pháp luật năm ${c.year}, giao nhiệm vụ cụ thể cho từng công chức và thôn, tổ dân phố.`,
  },
  {
    cat: 'tiep-can-phap-luat',
    kinds: ['national', 'province'],
    usesLaw: false,
    after: '2025-07-01',
    title: (c) =>
      `${c.a} hướng dẫn đánh giá chuẩn tiếp cận pháp luật đối với xã, phường mới sau sắp xếp`,
    lead: (c) =>
      `${c.a} đã có văn bản hướng dẫn việc đánh giá chuẩn tiếp cận pháp luật đối với các xã, phường hình thành sau khi sắp xếp đơn vị hành chính.`,
  },
  {
    cat: 'tiep-can-phap-luat',
    kinds: ['province', 'national'],
    usesLaw: false,
    title: (c) => `${c.a} tập huấn nghiệp vụ đánh giá chuẩn tiếp cận pháp luật năm ${c.year}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức tập huấn nghiệp vụ đánh giá, công nhận chuẩn tiếp cận pháp luật cho công chức tư pháp – hộ tịch cấp xã.`,
  },
  {
    cat: 'tiep-can-phap-luat',
    kinds: ['commune'],
    usesLaw: false,
    title: (c) => `Xây dựng chuẩn tiếp cận pháp luật gắn với phong trào thi đua ở ${c.p}`,
    lead: (c) =>
      `Việc xây dựng chuẩn tiếp cận pháp luật ở ${c.p} được gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và các phong trào thi đua tại khu dân cư.`,
  },
  // Cuộc thi tìm hiểu pháp luật
  {
    cat: 'cuoc-thi',
    kinds: NOT_COMMUNE,
    usesLaw: true,
    title: (c) => `${c.a} phát động Cuộc thi trực tuyến tìm hiểu ${c.law.short}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} phát động Cuộc thi trực tuyến tìm hiểu ${c.law.short}, dành cho mọi công dân, đặc biệt là ${c.g}.`,
  },
  {
    cat: 'cuoc-thi',
    kinds: NOT_COMMUNE,
    usesLaw: true,
    title: (c) => `${c.a} trao giải Cuộc thi tìm hiểu ${c.law.short}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức lễ tổng kết, trao giải Cuộc thi tìm hiểu ${c.law.short}.`,
  },
  {
    cat: 'cuoc-thi',
    kinds: ['province', 'organization', 'ministry'],
    usesLaw: false,
    title: (c) => `${c.a} tổ chức Hội thi “Tuổi trẻ với pháp luật” năm ${c.year}`,
    lead: (c) =>
      `Ngày ${c.day}, ${c.a} tổ chức vòng chung kết Hội thi “Tuổi trẻ với pháp luật” năm ${c.year} với phần thi kiến thức, xử lý tình huống và tiểu phẩm.`,
  },
  {
    cat: 'cuoc-thi',
    kinds: ['commune', 'province'],
    usesLaw: false,
    title: (c) => `Học sinh ở ${c.p} hào hứng với Cuộc thi “Em yêu pháp luật” năm ${c.year}`,
    lead: (c) =>
      `Cuộc thi “Em yêu pháp luật” năm ${c.year} do ${c.a} phối hợp với các trường học tổ chức đã thu hút đông đảo học sinh tham gia.`,
  },
];

/** Headlines about one specific rule, published by the national level near the right time. */
const HIGHLIGHTS: { law: string; title: string; lead: string; from?: string; to?: string }[] = [
  {
    law: 'bhxh',
    from: '2025-06-01',
    to: '2025-07-31',
    title:
      'Từ ngày 01/7/2025, thời gian đóng bảo hiểm xã hội tối thiểu để hưởng lương hưu là 15 năm',
    lead: 'Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025, giảm số năm đóng bảo hiểm xã hội tối thiểu để được hưởng lương hưu từ 20 năm xuống 15 năm khi người lao động đủ tuổi nghỉ hưu.',
  },
  {
    law: 'bhxh',
    from: '2025-07-01',
    title:
      'Người cao tuổi không có lương hưu được hưởng trợ cấp hưu trí xã hội theo Luật Bảo hiểm xã hội năm 2024',
    lead: 'Luật Bảo hiểm xã hội năm 2024 bổ sung trợ cấp hưu trí xã hội, tạo thêm một tầng bảo đảm thu nhập cho người cao tuổi không có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng.',
  },
  {
    law: 'can-cuoc',
    title: 'Thẻ Căn cước công dân còn hạn tiếp tục được sử dụng đến hết thời hạn ghi trên thẻ',
    lead: 'Nhiều người dân hỏi có bắt buộc đổi thẻ Căn cước công dân sang thẻ căn cước hay không. Theo Luật Căn cước, thẻ Căn cước công dân còn hạn vẫn có giá trị sử dụng đến hết thời hạn ghi trên thẻ; người dân chỉ đổi khi có nhu cầu hoặc khi thẻ hết hạn.',
  },
  {
    law: 'can-cuoc',
    title: 'Công dân dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu',
    lead: 'Theo Luật Căn cước, công dân Việt Nam dưới 14 tuổi được cấp thẻ căn cước khi có nhu cầu; việc đề nghị cấp thẻ do cha, mẹ hoặc người giám hộ thực hiện.',
  },
  {
    law: 'giao-thong',
    from: '2024-12-01',
    title: 'Giấy phép lái xe có 12 điểm: những điều người lái xe cần biết',
    lead: 'Từ ngày 01/01/2025, mỗi giấy phép lái xe có 12 điểm. Điểm bị trừ khi người lái xe vi phạm và được phục hồi đủ 12 điểm nếu không bị trừ hết điểm trong thời hạn 12 tháng kể từ ngày bị trừ điểm gần nhất.',
  },
  {
    law: 'giao-thong',
    from: '2024-12-01',
    title:
      'Trẻ em dưới 10 tuổi và cao dưới 1,35 mét không được ngồi cùng hàng ghế với người lái xe ô tô',
    lead: 'Luật Trật tự, an toàn giao thông đường bộ quy định khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét trên xe ô tô, người lái xe không được cho trẻ ngồi cùng hàng ghế với mình, trừ loại xe chỉ có một hàng ghế, và phải sử dụng thiết bị an toàn phù hợp cho trẻ.',
  },
  {
    law: 'nd-168',
    title:
      'Mức phạt vi phạm nồng độ cồn đối với người điều khiển ô tô, xe máy theo Nghị định số 168/2024/NĐ-CP',
    lead: 'Nghị định số 168/2024/NĐ-CP quy định mức phạt tiền tăng dần theo nồng độ cồn trong máu hoặc hơi thở, kèm theo trừ điểm hoặc tước quyền sử dụng giấy phép lái xe.',
  },
  {
    law: 'du-lieu-ca-nhan',
    title: 'Im lặng không phải là đồng ý: quy định về sự đồng ý xử lý dữ liệu cá nhân',
    lead: 'Theo Luật Bảo vệ dữ liệu cá nhân, sự đồng ý của chủ thể dữ liệu phải được đưa ra một cách tự nguyện, rõ ràng, trên cơ sở biết rõ loại dữ liệu, mục đích xử lý và quyền của mình; sự im lặng hoặc không phản hồi không được coi là đồng ý.',
  },
  {
    law: 'du-lieu-ca-nhan',
    from: '2025-12-10',
    to: '2026-01-10',
    title: 'Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày 01/01/2026',
    lead: 'Từ ngày 01/01/2026, Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực, thay thế các quy định của Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
  },
  {
    law: 'viec-lam',
    title: 'Luật Việc làm năm 2025 mở rộng đối tượng tham gia bảo hiểm thất nghiệp',
    lead: 'Luật Việc làm năm 2025, có hiệu lực từ ngày 01/01/2026, mở rộng đối tượng tham gia bảo hiểm thất nghiệp để nhiều người lao động hơn được hỗ trợ khi mất việc làm.',
  },
  {
    law: 'thue-gtgt',
    from: '2025-06-01',
    title:
      'Hộ kinh doanh có doanh thu từ 200 triệu đồng/năm trở xuống không chịu thuế giá trị gia tăng',
    lead: 'Luật Thuế giá trị gia tăng năm 2024 nâng ngưỡng doanh thu năm không chịu thuế giá trị gia tăng của hộ, cá nhân kinh doanh từ 100 triệu đồng lên 200 triệu đồng.',
  },
  {
    law: 'dat-dai',
    title:
      'Cá nhân không trực tiếp sản xuất nông nghiệp được nhận chuyển nhượng đất trồng lúa trong hạn mức',
    lead: 'Luật Đất đai năm 2024 cho phép cá nhân không trực tiếp sản xuất nông nghiệp được nhận chuyển nhượng, nhận tặng cho đất trồng lúa trong hạn mức nhận chuyển quyền theo quy định.',
  },
];

const CLOSINGS: Record<NewsCategory, ((c: Ctx) => string)[]> = {
  'hoat-dong': [
    (c) =>
      `Phát biểu tại hội nghị, đại diện ${c.a} đề nghị các cơ quan, đơn vị tiếp tục đổi mới hình thức phổ biến pháp luật, tăng cường ứng dụng công nghệ số để người dân dễ tìm hiểu, tra cứu quy định mới.`,
    () =>
      'Các đại biểu đã trao đổi nhiều vướng mắc phát sinh trong thực tiễn và được báo cáo viên giải đáp cụ thể, dễ hiểu.',
    (c) =>
      `Thời gian tới, ${c.a} sẽ tiếp tục phối hợp với các cơ quan liên quan biên soạn tài liệu và tổ chức phổ biến pháp luật phù hợp với từng nhóm đối tượng.`,
    () =>
      'Tài liệu hội nghị được đăng tải trên chuyên mục phổ biến, giáo dục pháp luật để cán bộ và người dân tiện tra cứu.',
  ],
  'chinh-sach-moi': [
    (c) =>
      `Để chính sách sớm đi vào cuộc sống, ${c.a} đề nghị các cơ quan, đơn vị tăng cường phổ biến nội dung mới đến cán bộ và người dân.`,
    () =>
      'Người dân có vướng mắc có thể gửi câu hỏi qua chuyên mục Hỏi đáp pháp luật để được cơ quan có thẩm quyền giải đáp.',
    () => `Thông tin chính thức về văn bản được công bố trên ${PORTAL_LINK}.`,
  ],
  'hoa-giai': [
    () =>
      'Phần lớn các vụ việc được hòa giải thành, góp phần giữ gìn đoàn kết trong cộng đồng dân cư và giảm số vụ việc phải chuyển lên cơ quan nhà nước giải quyết.',
    () =>
      'Hòa giải viên được hướng dẫn kỹ năng lắng nghe, đặt câu hỏi, vận dụng quy định pháp luật và phong tục, tập quán tốt đẹp để giúp các bên tự thỏa thuận.',
    () =>
      'Các tình huống mẫu về tranh chấp đất đai, mâu thuẫn gia đình, tranh chấp lối đi chung được đưa ra thảo luận để hòa giải viên thực hành.',
  ],
  'ngay-phap-luat': [
    () =>
      'Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam theo Luật Phổ biến, giáo dục pháp luật, nhằm tôn vinh Hiến pháp, pháp luật và nâng cao ý thức thượng tôn pháp luật.',
    (c) =>
      `Hưởng ứng Ngày Pháp luật năm ${c.year}, nhiều hoạt động được tổ chức như hội nghị phổ biến pháp luật, cuộc thi tìm hiểu pháp luật trực tuyến và phát thanh trên hệ thống loa truyền thanh cơ sở.`,
  ],
  'tiep-can-phap-luat': [
    () =>
      'Việc đánh giá thực hiện theo Quyết định số 25/2021/QĐ-TTg của Thủ tướng Chính phủ, với các tiêu chí về tiếp cận thông tin, phổ biến, giáo dục pháp luật, hòa giải ở cơ sở, trợ giúp pháp lý và thực hiện dân chủ ở cơ sở.',
    () =>
      'Những chỉ tiêu còn hạn chế được chỉ ra cụ thể để các xã, phường có giải pháp khắc phục trong năm tới.',
  ],
  'cuoc-thi': [
    () =>
      'Cuộc thi được tổ chức trực tuyến theo từng tuần, gồm câu hỏi trắc nghiệm và câu hỏi dự đoán số người trả lời đúng.',
    () =>
      'Ban Tổ chức trao giải cho các cá nhân, tập thể có thành tích cao; kết quả được công bố công khai trên trang thông tin điện tử.',
    () =>
      'Thể lệ và đường dẫn tham gia được đăng tải trên chuyên mục phổ biến, giáo dục pháp luật.',
  ],
};

const ACTIVITIES: Record<NewsCategory, string[]> = {
  'hoat-dong': [
    'Giới thiệu nội dung cơ bản của văn bản mới',
    'Giải đáp vướng mắc của đại biểu',
    'Phát tài liệu, tờ gấp pháp luật',
    'Hướng dẫn tra cứu văn bản trên môi trường điện tử',
  ],
  'chinh-sach-moi': [
    'Rà soát văn bản của địa phương',
    'Biên soạn tài liệu hỏi – đáp',
    'Tập huấn cho cán bộ trực tiếp thi hành',
  ],
  'hoa-giai': [
    'Nguyên tắc và trình tự hòa giải',
    'Kỹ năng thuyết phục, cảm hóa các bên',
    'Lập văn bản hòa giải thành',
    'Xử lý tình huống thực tế tại khu dân cư',
  ],
  'ngay-phap-luat': [
    'Treo băng rôn, khẩu hiệu hưởng ứng',
    'Tổ chức hội nghị, tọa đàm, đối thoại chính sách',
    'Phát động cuộc thi tìm hiểu pháp luật',
    'Biểu dương tập thể, cá nhân tiêu biểu',
  ],
  'tiep-can-phap-luat': [
    'Tiếp cận thông tin, phổ biến, giáo dục pháp luật',
    'Hòa giải ở cơ sở, trợ giúp pháp lý',
    'Thực hiện dân chủ ở cơ sở',
    'Công khai thủ tục hành chính',
  ],
  'cuoc-thi': [
    'Tìm hiểu quy định mới',
    'Trắc nghiệm trực tuyến theo tuần',
    'Xử lý tình huống pháp luật',
    'Trao giải cá nhân và tập thể',
  ],
};

const IMAGES: Record<NewsCategory, { url: string; alt: string }[]> = {
  'hoat-dong': [
    {
      url: '/media/news-hoat-dong.svg',
      alt: 'Hình minh họa hội nghị phổ biến pháp luật: màn chiếu, bục phát biểu và hàng ghế đại biểu',
    },
    {
      url: '/media/news-hoat-dong-2.svg',
      alt: 'Hình minh họa buổi sinh hoạt pháp luật ngoài trời tại khu dân cư',
    },
  ],
  'chinh-sach-moi': [
    {
      url: '/media/news-chinh-sach-moi.svg',
      alt: 'Hình minh họa văn bản pháp luật mới có đóng dấu',
    },
    {
      url: '/media/news-chinh-sach-moi-2.svg',
      alt: 'Hình minh họa tờ lịch đánh dấu ngày văn bản có hiệu lực',
    },
  ],
  'hoa-giai': [
    {
      url: '/media/news-hoa-giai.svg',
      alt: 'Hình minh họa hòa giải viên ngồi giữa hai bên tại bàn hòa giải',
    },
  ],
  'ngay-phap-luat': [
    {
      url: '/media/news-ngay-phap-luat.svg',
      alt: 'Hình minh họa băng rôn và cờ hưởng ứng Ngày Pháp luật Việt Nam',
    },
  ],
  'tiep-can-phap-luat': [
    {
      url: '/media/news-tiep-can-phap-luat.svg',
      alt: 'Hình minh họa trụ sở Ủy ban nhân dân xã với dấu tích đạt chuẩn',
    },
  ],
  'cuoc-thi': [
    {
      url: '/media/news-cuoc-thi.svg',
      alt: 'Hình minh họa cúp giải thưởng và thẻ câu hỏi trắc nghiệm',
    },
  ],
};

const CATEGORY_WEIGHTS: Record<UnitKind, Record<NewsCategory, number>> = {
  national: {
    'hoat-dong': 3,
    'chinh-sach-moi': 4,
    'hoa-giai': 1,
    'ngay-phap-luat': 1.5,
    'tiep-can-phap-luat': 1,
    'cuoc-thi': 1,
  },
  ministry: {
    'hoat-dong': 4,
    'chinh-sach-moi': 3,
    'hoa-giai': 0,
    'ngay-phap-luat': 1,
    'tiep-can-phap-luat': 0,
    'cuoc-thi': 1.5,
  },
  organization: {
    'hoat-dong': 4,
    'chinh-sach-moi': 2,
    'hoa-giai': 1,
    'ngay-phap-luat': 1,
    'tiep-can-phap-luat': 0,
    'cuoc-thi': 1.5,
  },
  province: {
    'hoat-dong': 3,
    'chinh-sach-moi': 2,
    'hoa-giai': 2,
    'ngay-phap-luat': 1.5,
    'tiep-can-phap-luat': 1.5,
    'cuoc-thi': 1,
  },
  commune: {
    'hoat-dong': 3,
    'chinh-sach-moi': 0.5,
    'hoa-giai': 3,
    'ngay-phap-luat': 1,
    'tiep-can-phap-luat': 2,
    'cuoc-thi': 0.5,
  },
};

const GENERAL_AUDIENCES = [
  'cán bộ, công chức',
  'đoàn viên, thanh niên',
  'hội viên phụ nữ',
  'người dân',
];
const CENTRAL_AUDIENCES = [
  'cán bộ, công chức, viên chức trong ngành',
  'cán bộ làm công tác pháp chế',
  'người lao động trong các đơn vị trực thuộc',
];
const CATEGORIES = Object.keys(CATEGORY_WEIGHTS.national) as NewsCategory[];

interface Actor {
  unit: Unit;
  subjects: string[];
  place: string;
  laws: LawTopic[];
}

function actorFor(unit: Unit): Actor {
  const all = [...LAW_TOPICS];
  if (unit.kind === 'national') {
    return {
      unit,
      subjects: ['Bộ Tư pháp', 'Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương'],
      place: '',
      laws: all,
    };
  }
  if (unit.kind === 'ministry' || unit.kind === 'organization') {
    const laws = (UNIT_LAWS[unit.id] ?? []).map(lawByKey);
    return { unit, subjects: [unit.name], place: '', laws: laws.length ? laws : all };
  }
  if (unit.kind === 'province') {
    const p = PROVINCES.find((row) => row.id === unit.id);
    const place = p ? provinceInText(p) : unit.name;
    return {
      unit,
      subjects: [
        `Sở Tư pháp ${place}`,
        `Hội đồng phối hợp phổ biến, giáo dục pháp luật ${place}`,
        `Ủy ban nhân dân ${place}`,
      ],
      place,
      laws: all.filter((l) => l.key !== 'nghia-vu-quan-su'),
    };
  }
  const c = COMMUNES.find((row) => row.id === unit.id);
  const place = c ? communeInText(c) : unit.name;
  return {
    unit,
    subjects: [`Ủy ban nhân dân ${place}`],
    place,
    laws: all.filter((l) => l.key !== 'thue-gtgt'),
  };
}

/** Capitalizes the first letter, for a headline that starts with the place. */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function bodyHtml(
  rng: Rng,
  t: Template | null,
  c: Ctx,
  lead: string,
  category: NewsCategory,
): string {
  const parts: string[] = [`<p>${lead}</p>`];
  if (t === null || t.usesLaw) {
    parts.push(
      `<p>${c.law.short} được ban hành nhằm hoàn thiện thể chế, bảo đảm tốt hơn quyền và lợi ích hợp pháp của người dân. Một số nội dung được nhấn mạnh:</p>`,
    );
    const points = rng.sample(c.law.points, Math.min(3, c.law.points.length));
    parts.push(`<ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul>`);
  } else {
    parts.push('<h2>Nội dung chính</h2>');
    const items = rng.sample(ACTIVITIES[category], 3);
    parts.push(`<ul>${items.map((p) => `<li>${p}</li>`).join('')}</ul>`);
  }
  const closings = rng.sample(CLOSINGS[category], rng.int(1, 2));
  for (const closing of closings) parts.push(`<p>${closing(c)}</p>`);
  if (t === null || t.usesLaw) {
    parts.push(`<p>Toàn văn <strong>${c.law.short}</strong> được đăng tải trên ${VBPL_LINK}.</p>`);
  }
  parts.push(SAMPLE_NOTE_HTML);
  return parts.join('');
}

function summaryFor(t: Template | null, c: Ctx, category: NewsCategory): string {
  const who = cap(c.a);
  if (t === null)
    return `${c.law.short} có quy định mới đáng chú ý đối với người dân. ${who} tóm tắt nội dung và hướng dẫn tra cứu văn bản.`;
  switch (category) {
    case 'hoat-dong':
      return t.usesLaw
        ? `${who} phổ biến ${c.law.short} cho ${c.g}, giải đáp vướng mắc và giới thiệu tài liệu tham khảo.`
        : `${who} đánh giá kết quả và triển khai nhiệm vụ phổ biến, giáo dục pháp luật thời gian tới.`;
    case 'chinh-sach-moi':
      return c.p
        ? `${who} tổng hợp những quy định đáng chú ý của ${c.law.short} và hướng dẫn người dân ở ${c.p} thực hiện.`
        : `Tóm tắt những quy định đáng chú ý của ${c.law.short} và việc tổ chức thi hành của ${c.a}.`;
    case 'hoa-giai':
      return c.p
        ? `Công tác hòa giải ở cơ sở tại ${c.p} tiếp tục được quan tâm, góp phần giữ gìn đoàn kết trong cộng đồng dân cư.`
        : `${who} tiếp tục nâng cao chất lượng hòa giải ở cơ sở, chú trọng bồi dưỡng kỹ năng cho hòa giải viên.`;
    case 'ngay-phap-luat':
      return `${who} triển khai các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm ${c.year}, hướng về cơ sở.`;
    case 'tiep-can-phap-luat':
      return c.p
        ? `Kết quả xây dựng chuẩn tiếp cận pháp luật ở ${c.p} và những chỉ tiêu cần tiếp tục nâng cao trong năm ${c.year}.`
        : `${who} hướng dẫn, đôn đốc các địa phương xây dựng xã, phường đạt chuẩn tiếp cận pháp luật năm ${c.year}.`;
    case 'cuoc-thi':
      return t.usesLaw
        ? `Cuộc thi tìm hiểu ${c.law.short} giúp người dân nắm vững những quy định mới một cách sinh động.`
        : `Hội thi tạo sân chơi bổ ích, giúp người tham gia nâng cao hiểu biết pháp luật.`;
  }
}

function allocate(units: Unit[], rng: Rng): Unit[] {
  const byKind = (k: UnitKind) => units.filter((u) => u.kind === k);
  const out: Unit[] = [];
  const national = byKind('national');
  for (let i = 0; i < 72; i++) out.push(...national);
  const central = [...byKind('ministry'), ...byKind('organization')];
  for (let i = 0; i < 50; i++) out.push(central[i % central.length] ?? rng.pick(central));
  const provinces = byKind('province');
  for (let i = 0; i < 20; i++) out.push(...provinces.filter((p) => p.id === 'ninh-binh'));
  for (let i = 0; i < 18; i++) out.push(...provinces.filter((p) => p.id === 'ha-noi'));
  const others = provinces.filter((p) => p.id !== 'ninh-binh' && p.id !== 'ha-noi');
  for (let i = 0; i < 48; i++) out.push(others[i % others.length] ?? rng.pick(others));
  const communes = byKind('commune');
  for (let i = 0; i < 38; i++) out.push(communes[i % communes.length] ?? rng.pick(communes));
  return out;
}

export function buildNews(now: Date, units: Unit[]): NewsDetail[] {
  const rng = new Rng('news');
  const titles = new Set<string>();
  const ids = new Set<string>();
  const news: NewsDetail[] = [];
  // Sample bylines (pen names), not real people.
  const authors = [
    'Minh Anh',
    'Thu Hà',
    'Hoàng Lan',
    'Đức Minh',
    'Quang Huy',
    'Thanh Tâm',
    'Ngọc Mai',
    'Hải Đăng',
    'Phương Thảo',
    'Bảo Ngọc',
    'Trung Kiên',
    'Mai Hương',
  ];
  const maxDays = 540;

  const pickDay = (
    t: Pick<Template, 'months' | 'season'> | null,
    from?: string,
    to?: string,
    prefer?: number,
  ): number | null => {
    for (let i = 0; i < 80; i++) {
      const daysAgo = i === 0 && prefer !== undefined ? prefer : rng.int(2, maxDays);
      const day = isoDate(new Date(now.getTime() - daysAgo * 86_400_000));
      if (t?.months && !t.months.includes(Number(day.slice(5, 7)))) continue;
      if (t?.season && (day.slice(5) < t.season[0] || day.slice(5) > t.season[1])) continue;
      if (from && day < from) continue;
      if (to && day > to) continue;
      return daysAgo;
    }
    return null;
  };

  const push = (
    unit: Unit,
    category: NewsCategory,
    title: string,
    c: Ctx,
    t: Template | null,
    daysAgo: number,
    lead: string,
  ) => {
    titles.add(title);
    const published = instantDaysAgo(now, daysAgo, rng.int(7 * 60, 17 * 60));
    const imgs = IMAGES[category];
    const image = rng.chance(0.85) ? rng.pick(imgs) : null;
    const slug = slugify(title);
    let id = slug.length <= 64 ? slug : slug.slice(0, 65).replace(/-[a-z0-9]*$/, '');
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    news.push({
      id,
      unitId: unit.id,
      unitName: unit.name,
      title,
      summary: summaryFor(t, c, category),
      category,
      image: image ? { ...image } : null,
      publishedAt: isoDateTime(published),
      bodyHtml: bodyHtml(rng, t, c, lead, category),
      author: rng.chance(0.75) ? rng.pick(authors) : null,
    });
  };

  // National highlights about single rules.
  const national = units.find((u) => u.kind === 'national');
  if (national) {
    for (const h of HIGHLIGHTS) {
      const law = lawByKey(h.law);
      const daysAgo = pickDay(null, h.from && h.from > law.since ? h.from : law.since, h.to);
      if (daysAgo === null) continue;
      const day = isoDate(new Date(now.getTime() - daysAgo * 86_400_000));
      const c: Ctx = {
        a: 'Bộ Tư pháp',
        p: '',
        law,
        g: 'người dân',
        year: Number(day.slice(0, 4)),
        day: viDate(day),
      };
      push(national, 'chinh-sach-moi', h.title, c, null, daysAgo, h.lead);
    }
  }

  const highlightCount = news.length;
  for (const unit of allocate(units, rng)) {
    const actor = actorFor(unit);
    const weights = CATEGORY_WEIGHTS[unit.kind];
    for (let attempt = 0; attempt < 40; attempt++) {
      const category = rng.weighted(
        CATEGORIES,
        CATEGORIES.map((k) => weights[k]),
      );
      const candidates = TEMPLATES.filter((t) => t.cat === category && t.kinds.includes(unit.kind));
      if (candidates.length === 0) continue;
      const t = rng.pick(candidates);
      const law = rng.pick(actor.laws);
      // The first national item is two days old, so every feed looks current.
      const prefer = news.length === highlightCount ? 2 : undefined;
      const from = t.usesLaw ? (t.after && t.after > law.since ? t.after : law.since) : t.after;
      // "What's new" headlines only for laws adopted in the two years before publication.
      const to = t.newLaw
        ? isoDate(new Date(Date.parse(`${law.since}T12:00:00+07:00`) + 730 * 86_400_000))
        : undefined;
      const daysAgo = pickDay(t, from, to, prefer);
      if (daysAgo === null) continue;
      const day = isoDate(new Date(now.getTime() - daysAgo * 86_400_000));
      const central = unit.kind === 'ministry' || unit.kind === 'organization';
      const g =
        central && rng.chance(0.5)
          ? rng.pick(CENTRAL_AUDIENCES)
          : rng.chance(0.8)
            ? rng.pick(law.audiences)
            : rng.pick(GENERAL_AUDIENCES);
      const c: Ctx = {
        a: rng.pick(actor.subjects),
        p: actor.place,
        law,
        g,
        year: Number(day.slice(0, 4)),
        day: viDate(day),
      };
      const title = cap(t.title(c));
      if (titles.has(title)) continue;
      push(unit, category, title, c, t, daysAgo, t.lead(c));
      break;
    }
  }

  news.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  return news;
}
