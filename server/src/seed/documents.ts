/**
 * The document corpus: the real documents of real-documents.ts plus plausible sample documents
 * of provinces, ministries and the Prime Minister. Sample documents say so in their summary.
 */
import {
  type DocumentRelationKind,
  type DocumentStatus,
  type DocumentType,
  type Issuer,
  type LegalField,
} from '../../../src/api/codes.js';
import { DOCUMENT_TYPE_LABELS } from '../../../src/api/labels.js';
import type { DocumentDetail } from '../schemas/index.js';
import { at, daysBetween, isoDateOffset, Rng } from './random.js';
import { documentId, REAL_DOCUMENTS, REAL_RELATIONS, type RealDocument } from './real-documents.js';
import { MINISTRIES, NATIONAL_ID, PROVINCES, provinceInText, type ProvinceRow } from './units.js';

export const SAMPLE_DOCUMENT_NOTE = 'Văn bản mẫu phục vụ trình diễn.';
const VBPL_URL = 'https://vbpl.vn/pages/portal.aspx';

const INVERSE: Partial<Record<DocumentRelationKind, DocumentRelationKind>> = {
  amends: 'amended-by',
  'amended-by': 'amends',
  guides: 'guided-by',
  'guided-by': 'guides',
  replaces: 'replaced-by',
  'replaced-by': 'replaces',
};

/** How a series of documents is numbered. */
type Series =
  | 'qd-qppl' // 12/2025/QĐ-UBND
  | 'nq-hdnd' // 15/2025/NQ-HĐND
  | 'qd' // 1234/QĐ-UBND
  | 'ct' // 05/CT-UBND
  | 'cv' // 2345/UBND-NC
  | 'tt' // 05/2025/TT-BTP
  | 'ttlt' // 02/2025/TTLT-BTP-TANDTC-VKSNDTC
  | 'cv-bo' // 3456/BTP-PBGDPL
  | 'qd-ttg' // 1234/QĐ-TTg
  | 'ct-ttg'; // 12/CT-TTg

const SERIES_TYPE: Record<Series, DocumentType> = {
  'qd-qppl': 'quyet-dinh',
  'nq-hdnd': 'nghi-quyet',
  qd: 'quyet-dinh',
  ct: 'chi-thi',
  cv: 'cong-van',
  tt: 'thong-tu',
  ttlt: 'thong-tu-lien-tich',
  'cv-bo': 'cong-van',
  'qd-ttg': 'quyet-dinh',
  'ct-ttg': 'chi-thi',
};

/** Series that are legal normative documents and take effect some days after signing. */
const NORMATIVE: ReadonlySet<Series> = new Set(['qd-qppl', 'nq-hdnd', 'tt', 'ttlt']);

interface Ctx {
  /** "tỉnh Ninh Bình" (in sentence case) or "" for central documents. */
  place: string;
  year: number;
}

interface Template {
  series: Series;
  title: (c: Ctx) => string;
  /** What it is about, one sentence without the sample note. */
  about: (c: Ctx) => string;
  fields: LegalField[];
  /** Numbers of real documents it is based on; may depend on the issue date. */
  basis?: (issued: string) => string[];
  /** Earliest issue date, e.g. after the law it implements. */
  notBefore?: string;
  /** Latest issue date as days after notBefore (a plan follows its law within months). */
  within?: number;
  /** Whether a province may have an older version that this one replaced. */
  versioned?: boolean;
  /** A plan for one calendar year: expires when the year is over. */
  yearly?: boolean;
  /** Months (1–12) in which such a document is usually signed. */
  months?: number[];
  /** Plans signed in December are for the next year. */
  forNextYearInDecember?: boolean;
}

const landBasis = (issued: string) => [issued < '2024-08-01' ? '45/2013/QH13' : '31/2024/QH15'];

const PROVINCIAL: Template[] = [
  {
    series: 'qd-qppl',
    title: (c) =>
      `Ban hành Quy chế phối hợp trong công tác phổ biến, giáo dục pháp luật trên địa bàn ${c.place}`,
    about: (c) =>
      `Quy chế xác định nguyên tắc, nội dung và trách nhiệm phối hợp giữa các sở, ngành, Ủy ban nhân dân cấp xã và các tổ chức trong công tác phổ biến, giáo dục pháp luật trên địa bàn ${c.place}.`,
    fields: ['pbgdpl'],
    basis: () => ['14/2012/QH13'],
    versioned: true,
  },
  {
    series: 'qd-qppl',
    title: (c) =>
      `Quy định hạn mức giao đất ở, hạn mức công nhận đất ở cho cá nhân trên địa bàn ${c.place}`,
    about: (c) =>
      `Quyết định quy định hạn mức giao đất ở và hạn mức công nhận đất ở tại đô thị và nông thôn trên địa bàn ${c.place}.`,
    fields: ['dat-dai'],
    basis: landBasis,
    versioned: true,
  },
  {
    series: 'qd-qppl',
    title: (c) =>
      `Quy định điều kiện, diện tích tối thiểu được tách thửa, hợp thửa đất trên địa bàn ${c.place}`,
    about: (c) =>
      `Quyết định quy định điều kiện tách thửa, hợp thửa và diện tích tối thiểu của thửa đất sau khi tách đối với từng loại đất trên địa bàn ${c.place}.`,
    fields: ['dat-dai'],
    basis: landBasis,
    versioned: true,
  },
  {
    series: 'qd-qppl',
    title: (c) =>
      `Quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn ${c.place}`,
    about: (c) =>
      `Quyết định quy định đơn giá bồi thường tài sản, mức hỗ trợ ổn định đời sống, hỗ trợ đào tạo, chuyển đổi nghề và bố trí tái định cư khi Nhà nước thu hồi đất trên địa bàn ${c.place}.`,
    fields: ['dat-dai'],
    basis: () => ['31/2024/QH15', '102/2024/NĐ-CP'],
    notBefore: '2024-08-01',
    within: 600,
  },
  {
    series: 'qd-qppl',
    title: (c) => `Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử ${c.place}`,
    about: () =>
      'Quy chế quy định việc quản lý, cập nhật, cung cấp thông tin và dịch vụ công trực tuyến trên Cổng thông tin điện tử của tỉnh, thành phố, trong đó có chuyên mục phổ biến, giáo dục pháp luật.',
    fields: ['hanh-chinh'],
    basis: () => ['42/2022/NĐ-CP'],
    notBefore: '2022-08-01',
  },
  {
    series: 'qd-qppl',
    title: (c) =>
      `Quy định phân cấp quản lý, khai thác và bảo trì hệ thống đường địa phương trên địa bàn ${c.place}`,
    about: (c) =>
      `Quyết định phân cấp trách nhiệm quản lý, khai thác và bảo trì đường tỉnh, đường xã và đường đô thị trên địa bàn ${c.place}.`,
    fields: ['giao-thong'],
    basis: () => ['35/2024/QH15'],
    notBefore: '2025-01-01',
  },
  {
    series: 'qd-qppl',
    title: (c) => `Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn ${c.place}`,
    about: () =>
      'Quyết định quy định trách nhiệm phân loại, thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt của hộ gia đình, cá nhân và cơ quan, tổ chức.',
    fields: ['moi-truong'],
  },
  {
    series: 'qd-qppl',
    title: (c) =>
      `Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp ${c.place}`,
    about: () =>
      'Quyết định quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp, trong đó có nhiệm vụ phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật.',
    fields: ['hanh-chinh', 'pbgdpl'],
    notBefore: '2025-07-01',
  },
  {
    series: 'nq-hdnd',
    title: (c) =>
      `Quy định mức chi bảo đảm cho công tác phổ biến, giáo dục pháp luật và chuẩn tiếp cận pháp luật của người dân tại cơ sở trên địa bàn ${c.place}`,
    about: () =>
      'Nghị quyết quy định nội dung và mức chi từ ngân sách nhà nước cho hoạt động phổ biến, giáo dục pháp luật, thi tìm hiểu pháp luật và đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật.',
    fields: ['pbgdpl'],
    basis: () => ['14/2012/QH13'],
    versioned: true,
  },
  {
    series: 'nq-hdnd',
    title: (c) =>
      `Quy định mức chi hỗ trợ đối với hoạt động hòa giải ở cơ sở trên địa bàn ${c.place}`,
    about: () =>
      'Nghị quyết quy định mức chi thù lao cho hòa giải viên theo vụ, việc, chi hỗ trợ tổ hòa giải và chi bồi dưỡng, tập huấn hòa giải viên ở cơ sở.',
    fields: ['hoa-giai'],
    basis: () => ['35/2013/QH13', '15/2014/NĐ-CP'],
    versioned: true,
  },
  {
    series: 'nq-hdnd',
    title: (c) => `Ban hành Bảng giá đất áp dụng trên địa bàn ${c.place}`,
    about: (c) =>
      `Nghị quyết ban hành bảng giá các loại đất áp dụng trên địa bàn ${c.place} làm căn cứ tính tiền sử dụng đất, tiền thuê đất, thuế và phí liên quan đến đất đai.`,
    fields: ['dat-dai', 'thue'],
    basis: () => ['31/2024/QH15'],
    notBefore: '2024-08-01',
  },
  {
    series: 'nq-hdnd',
    title: (c) => `Quy định mức thu, miễn, giảm lệ phí hộ tịch trên địa bàn ${c.place}`,
    about: () =>
      'Nghị quyết quy định mức thu và các trường hợp miễn, giảm lệ phí đăng ký hộ tịch; miễn lệ phí khi thực hiện thủ tục trực tuyến.',
    fields: ['hanh-chinh', 'hon-nhan-gia-dinh'],
    basis: () => ['60/2014/QH13'],
  },
  {
    series: 'nq-hdnd',
    title: (c) =>
      `Quy định chính sách hỗ trợ tiền đóng bảo hiểm xã hội tự nguyện cho người dân trên địa bàn ${c.place}`,
    about: () =>
      'Nghị quyết quy định mức hỗ trợ thêm từ ngân sách địa phương, ngoài mức hỗ trợ của Nhà nước, cho người tham gia bảo hiểm xã hội tự nguyện thuộc hộ nghèo, hộ cận nghèo và một số đối tượng khác.',
    fields: ['bao-hiem-xa-hoi'],
    basis: () => ['41/2024/QH15'],
    notBefore: '2025-07-01',
  },
  {
    series: 'nq-hdnd',
    title: (c) =>
      `Quy định chính sách hỗ trợ đóng bảo hiểm y tế cho người cao tuổi từ đủ 70 tuổi đến dưới 75 tuổi trên địa bàn ${c.place}`,
    about: () =>
      'Nghị quyết quy định mức hỗ trợ từ ngân sách địa phương để người cao tuổi chưa có thẻ bảo hiểm y tế tham gia bảo hiểm y tế hộ gia đình.',
    fields: ['y-te', 'bao-hiem-xa-hoi'],
    basis: () => ['25/2008/QH12'],
  },
  {
    series: 'qd',
    title: (c) =>
      `Ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm ${c.year} trên địa bàn ${c.place}`,
    about: (c) =>
      `Kế hoạch xác định mục tiêu, nhiệm vụ, phân công thực hiện và kinh phí cho công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và chuẩn tiếp cận pháp luật năm ${c.year}.`,
    fields: ['pbgdpl', 'hoa-giai'],
    basis: () => ['14/2012/QH13', '35/2013/QH13'],
    yearly: true,
    months: [12, 1, 2, 3],
    forNextYearInDecember: true,
  },
  {
    series: 'qd',
    title: (c) =>
      `Ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm ${c.year} trên địa bàn ${c.place}`,
    about: (c) =>
      `Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam (09/11) năm ${c.year}: hội nghị, tọa đàm, cuộc thi tìm hiểu pháp luật và truyền thông trên các phương tiện thông tin đại chúng.`,
    fields: ['pbgdpl'],
    basis: () => ['14/2012/QH13'],
    yearly: true,
    months: [8, 9, 10],
  },
  {
    series: 'qd',
    title: (c) => `Công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm ${c.year - 1}`,
    about: (c) =>
      `Quyết định công nhận các xã, phường trên địa bàn ${c.place} đạt chuẩn tiếp cận pháp luật năm ${c.year - 1} theo kết quả đánh giá của Hội đồng đánh giá tiếp cận pháp luật.`,
    fields: ['pbgdpl'],
    basis: () => ['25/2021/QĐ-TTg'],
    months: [1, 2, 3, 4],
  },
  {
    series: 'qd',
    title: (c) => `Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật ${c.place}`,
    about: () =>
      'Quyết định kiện toàn thành phần Hội đồng phối hợp phổ biến, giáo dục pháp luật cấp tỉnh sau khi sắp xếp tổ chức bộ máy; Chủ tịch Hội đồng là Phó Chủ tịch Ủy ban nhân dân.',
    fields: ['pbgdpl'],
    basis: () => ['14/2012/QH13'],
    notBefore: '2025-07-01',
  },
  {
    series: 'qd',
    title: (c) =>
      `Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn ${c.place}`,
    about: () =>
      'Quyết định công bố danh mục và nội dung thủ tục hành chính về đăng ký khai sinh, kết hôn, khai tử và các việc hộ tịch khác sau khi chính quyền địa phương tổ chức theo hai cấp.',
    fields: ['hanh-chinh', 'hon-nhan-gia-dinh'],
    basis: () => ['60/2014/QH13'],
    notBefore: '2025-07-01',
  },
  {
    series: 'qd',
    title: (c) =>
      `Ban hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân trên địa bàn ${c.place}`,
    about: () =>
      'Kế hoạch phân công tuyên truyền, phổ biến Luật Bảo vệ dữ liệu cá nhân, rà soát văn bản và quy trình xử lý dữ liệu cá nhân tại các cơ quan, đơn vị.',
    fields: ['du-lieu-ca-nhan', 'pbgdpl'],
    basis: () => ['91/2025/QH15'],
    notBefore: '2025-07-15',
    within: 240,
  },
  {
    series: 'qd',
    title: (c) =>
      `Ban hành Kế hoạch triển khai thi hành Luật Trật tự, an toàn giao thông đường bộ trên địa bàn ${c.place}`,
    about: () =>
      'Kế hoạch tổ chức phổ biến Luật Trật tự, an toàn giao thông đường bộ, rà soát văn bản và bảo đảm điều kiện thi hành Luật tại địa phương.',
    fields: ['giao-thong', 'pbgdpl'],
    basis: () => ['36/2024/QH15'],
    notBefore: '2024-07-20',
    within: 150,
  },
  {
    series: 'ct',
    title: (c) => `Về tăng cường công tác phổ biến, giáo dục pháp luật trên địa bàn ${c.place}`,
    about: () =>
      'Chỉ thị yêu cầu các sở, ngành và Ủy ban nhân dân cấp xã đổi mới hình thức phổ biến pháp luật, đẩy mạnh chuyển đổi số và cập nhật thường xuyên chuyên mục phổ biến, giáo dục pháp luật trên trang thông tin điện tử.',
    fields: ['pbgdpl'],
  },
  {
    series: 'ct',
    title: (c) =>
      `Về tăng cường bảo đảm trật tự, an toàn giao thông đường bộ trên địa bàn ${c.place}`,
    about: () =>
      'Chỉ thị yêu cầu tăng cường tuyên truyền, tuần tra, kiểm soát và xử lý nghiêm vi phạm về nồng độ cồn, tốc độ và mũ bảo hiểm.',
    fields: ['giao-thong'],
    basis: () => ['36/2024/QH15'],
    notBefore: '2025-01-01',
  },
  {
    series: 'ct',
    title: (c) => `Về nâng cao hiệu quả công tác hòa giải ở cơ sở trên địa bàn ${c.place}`,
    about: () =>
      'Chỉ thị yêu cầu kiện toàn tổ hòa giải sau sắp xếp thôn, tổ dân phố, bồi dưỡng kỹ năng cho hòa giải viên và bảo đảm kinh phí cho hoạt động hòa giải.',
    fields: ['hoa-giai'],
    basis: () => ['35/2013/QH13'],
  },
  {
    series: 'cv',
    title: (c) =>
      `Về việc hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm ${c.year}`,
    about: () =>
      'Công văn đề nghị các sở, ngành, Ủy ban nhân dân cấp xã tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam và báo cáo kết quả về Sở Tư pháp.',
    fields: ['pbgdpl'],
    yearly: true,
    months: [9, 10],
  },
  {
    series: 'cv',
    title: () => 'Về việc tăng cường phổ biến Nghị định số 168/2024/NĐ-CP của Chính phủ',
    about: () =>
      'Công văn chỉ đạo tuyên truyền các mức xử phạt vi phạm hành chính mới về trật tự, an toàn giao thông đường bộ và việc trừ điểm giấy phép lái xe.',
    fields: ['giao-thong', 'pbgdpl'],
    basis: () => ['168/2024/NĐ-CP'],
    notBefore: '2024-12-27',
    within: 120,
  },
  {
    series: 'cv',
    title: () => 'Về việc triển khai Luật Bảo hiểm xã hội năm 2024',
    about: () =>
      'Công văn giao các cơ quan, đơn vị phổ biến những điểm mới của Luật Bảo hiểm xã hội năm 2024 đến người lao động và người sử dụng lao động.',
    fields: ['bao-hiem-xa-hoi', 'pbgdpl'],
    basis: () => ['41/2024/QH15'],
    notBefore: '2024-07-15',
    within: 330,
  },
  {
    series: 'cv',
    title: () =>
      'Về việc cập nhật chuyên mục phổ biến, giáo dục pháp luật trên cổng, trang thông tin điện tử',
    about: () =>
      'Công văn đề nghị các cơ quan, đơn vị rà soát, cập nhật kịp thời văn bản pháp luật mới, tin tức và tài liệu phổ biến pháp luật trên trang thông tin điện tử theo Nghị định số 42/2022/NĐ-CP.',
    fields: ['pbgdpl', 'hanh-chinh'],
    basis: () => ['42/2022/NĐ-CP'],
    notBefore: '2023-07-01',
  },
];

interface CentralTemplate extends Template {
  /** Ministry or unit id; ministries map to their issuer code. */
  unitId: string;
  issuers: Issuer[];
}

function central(
  unitId: string,
  issuers: Issuer[],
  series: Series,
  title: string,
  about: string,
  fields: LegalField[],
  basis: string[] = [],
  notBefore?: string,
): CentralTemplate {
  return {
    unitId,
    issuers,
    series,
    title: () => title,
    about: () => about,
    fields,
    basis: () => basis,
    notBefore,
  };
}

const CENTRAL: CentralTemplate[] = [
  central(
    NATIONAL_ID,
    ['thu-tuong'],
    'qd-ttg',
    'Phê duyệt Đề án “Tăng cường ứng dụng công nghệ số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2026–2030”',
    'Đề án xác định mục tiêu số hóa tài liệu phổ biến pháp luật, kết nối các trang thông tin phổ biến pháp luật của bộ, ngành, địa phương với Cổng Pháp luật quốc gia.',
    ['pbgdpl'],
    ['14/2012/QH13'],
    '2025-06-01',
  ),
  central(
    NATIONAL_ID,
    ['thu-tuong'],
    'qd-ttg',
    'Ban hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân',
    'Kế hoạch giao nhiệm vụ cho các bộ, ngành, địa phương tuyên truyền, phổ biến Luật, rà soát văn bản và bảo đảm nguồn lực thi hành Luật Bảo vệ dữ liệu cá nhân.',
    ['du-lieu-ca-nhan'],
    ['91/2025/QH15'],
    '2025-07-01',
  ),
  central(
    NATIONAL_ID,
    ['thu-tuong'],
    'qd-ttg',
    'Ban hành Kế hoạch triển khai thi hành Luật Đất đai',
    'Kế hoạch xác định nội dung, tiến độ và trách nhiệm của các cơ quan trong việc triển khai thi hành Luật Đất đai năm 2024.',
    ['dat-dai'],
    ['31/2024/QH15'],
    '2024-02-01',
  ),
  central(
    NATIONAL_ID,
    ['thu-tuong'],
    'qd-ttg',
    'Phê duyệt Chương trình phổ biến, giáo dục pháp luật cho người lao động trong các khu công nghiệp',
    'Chương trình đề ra các nhiệm vụ phổ biến pháp luật về lao động, bảo hiểm xã hội và an toàn lao động cho người lao động tại khu công nghiệp, khu chế xuất.',
    ['pbgdpl', 'lao-dong'],
    ['14/2012/QH13', '45/2019/QH14'],
  ),
  central(
    NATIONAL_ID,
    ['thu-tuong'],
    'ct-ttg',
    'Về tăng cường công tác phổ biến, giáo dục pháp luật trong tình hình mới',
    'Chỉ thị yêu cầu các bộ, ngành, địa phương đổi mới nội dung, hình thức phổ biến pháp luật, gắn với chuyển đổi số và tổ chức thi hành pháp luật.',
    ['pbgdpl'],
    ['14/2012/QH13'],
  ),
  central(
    NATIONAL_ID,
    ['thu-tuong'],
    'ct-ttg',
    'Về tăng cường bảo đảm trật tự, an toàn giao thông đường bộ',
    'Chỉ thị yêu cầu xử lý nghiêm vi phạm về nồng độ cồn, tốc độ, chở quá tải và tăng cường tuyên truyền Luật Trật tự, an toàn giao thông đường bộ.',
    ['giao-thong'],
    ['36/2024/QH15'],
    '2025-01-01',
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'tt',
    'Hướng dẫn về tiêu chuẩn, nhiệm vụ của báo cáo viên pháp luật, tuyên truyền viên pháp luật',
    'Thông tư hướng dẫn tiêu chuẩn, thủ tục công nhận, miễn nhiệm và nhiệm vụ của báo cáo viên pháp luật, tuyên truyền viên pháp luật.',
    ['pbgdpl'],
    ['14/2012/QH13'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'tt',
    'Hướng dẫn về đánh giá hiệu quả công tác phổ biến, giáo dục pháp luật',
    'Thông tư quy định bộ tiêu chí, phương pháp và quy trình đánh giá hiệu quả công tác phổ biến, giáo dục pháp luật của bộ, ngành, địa phương.',
    ['pbgdpl'],
    ['14/2012/QH13'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'tt',
    'Hướng dẫn thực hiện việc đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật',
    'Thông tư hướng dẫn cách tính điểm các chỉ tiêu, hồ sơ và quy trình đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật.',
    ['pbgdpl'],
    ['25/2021/QĐ-TTg'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'tt',
    'Hướng dẫn bồi dưỡng kiến thức pháp luật và kỹ năng hòa giải cho hòa giải viên',
    'Thông tư quy định chương trình khung, tài liệu và hình thức bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải cho hòa giải viên ở cơ sở.',
    ['hoa-giai'],
    ['35/2013/QH13'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'tt',
    'Quy định chi tiết một số điều của Luật Hộ tịch về mẫu sổ, mẫu giấy tờ hộ tịch điện tử',
    'Thông tư ban hành mẫu sổ, biểu mẫu và giấy tờ hộ tịch điện tử, hướng dẫn việc ghi chép, lưu trữ trong Cơ sở dữ liệu hộ tịch điện tử.',
    ['hanh-chinh', 'hon-nhan-gia-dinh'],
    ['60/2014/QH13', '123/2015/NĐ-CP'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'tt',
    'Hướng dẫn quản lý và tổ chức hoạt động của Tủ sách pháp luật điện tử',
    'Thông tư hướng dẫn xây dựng, cập nhật và khai thác Tủ sách pháp luật điện tử tại cơ quan, đơn vị và cấp xã.',
    ['pbgdpl'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap', 'tand-toi-cao', 'vksnd-toi-cao'],
    'ttlt',
    'Hướng dẫn phối hợp thực hiện trợ giúp pháp lý trong hoạt động tố tụng',
    'Thông tư liên tịch hướng dẫn việc thông báo, giới thiệu và phối hợp bảo đảm quyền được trợ giúp pháp lý của người bị buộc tội, bị hại thuộc diện được trợ giúp pháp lý.',
    ['hinh-su', 'dan-su'],
    ['11/2017/QH14'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'cv-bo',
    'Về việc hướng dẫn tổ chức Ngày Pháp luật Việt Nam',
    'Công văn hướng dẫn các bộ, ngành, địa phương chủ đề, nội dung và hình thức tổ chức Ngày Pháp luật Việt Nam, báo cáo kết quả về Bộ Tư pháp.',
    ['pbgdpl'],
    ['14/2012/QH13'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'cv-bo',
    'Về việc đôn đốc xây dựng, cập nhật chuyên mục phổ biến, giáo dục pháp luật trên cổng, trang thông tin điện tử',
    'Công văn đề nghị các bộ, ngành, địa phương, tổ chức chính trị - xã hội rà soát, bảo đảm chuyên mục phổ biến, giáo dục pháp luật có đủ nội dung và được cập nhật kịp thời.',
    ['pbgdpl'],
    ['42/2022/NĐ-CP'],
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'cv-bo',
    'Về việc hướng dẫn nghiệp vụ hòa giải ở cơ sở sau khi sắp xếp thôn, tổ dân phố',
    'Công văn hướng dẫn kiện toàn tổ hòa giải, công nhận hòa giải viên và chuyển giao hồ sơ khi sắp xếp thôn, tổ dân phố.',
    ['hoa-giai'],
    ['35/2013/QH13'],
    '2025-07-01',
  ),
  central(
    'bo-tu-phap',
    ['bo-tu-phap'],
    'cv-bo',
    'Về việc phổ biến Luật Bảo vệ dữ liệu cá nhân',
    'Công văn đề nghị các cơ quan, đơn vị lồng ghép phổ biến Luật Bảo vệ dữ liệu cá nhân trong các hội nghị, chương trình phổ biến pháp luật.',
    ['du-lieu-ca-nhan', 'pbgdpl'],
    ['91/2025/QH15'],
    '2025-07-01',
  ),
  central(
    'bo-cong-an',
    ['bo-cong-an'],
    'tt',
    'Quy định về đăng ký xe',
    'Thông tư quy định về cấp, thu hồi chứng nhận đăng ký xe, biển số xe và việc đăng ký xe trực tuyến.',
    ['giao-thong'],
    ['36/2024/QH15'],
    '2024-08-01',
  ),
  central(
    'bo-cong-an',
    ['bo-cong-an'],
    'tt',
    'Quy định về tuần tra, kiểm soát, xử lý vi phạm pháp luật về trật tự, an toàn giao thông đường bộ của Cảnh sát giao thông',
    'Thông tư quy định nhiệm vụ, quyền hạn, hình thức, nội dung tuần tra, kiểm soát và xử lý vi phạm của Cảnh sát giao thông.',
    ['giao-thong', 'hanh-chinh'],
    ['36/2024/QH15'],
    '2024-08-01',
  ),
  central(
    'bo-cong-an',
    ['bo-cong-an'],
    'tt',
    'Quy định chi tiết một số điều của Luật Căn cước',
    'Thông tư quy định trình tự cấp, đổi, cấp lại thẻ căn cước, giấy chứng nhận căn cước và thu thập, cập nhật thông tin vào Cơ sở dữ liệu căn cước.',
    ['cu-tru-can-cuoc'],
    ['26/2023/QH15', '70/2024/NĐ-CP'],
    '2024-01-15',
  ),
  central(
    'bo-cong-an',
    ['bo-cong-an'],
    'tt',
    'Quy định chi tiết một số điều của Luật Cư trú về biểu mẫu và thủ tục đăng ký cư trú trực tuyến',
    'Thông tư quy định biểu mẫu, thủ tục đăng ký thường trú, tạm trú, khai báo tạm vắng và thông báo lưu trú qua Cổng dịch vụ công.',
    ['cu-tru-can-cuoc'],
    ['68/2020/QH14'],
  ),
  central(
    'bo-cong-an',
    ['bo-cong-an'],
    'tt',
    'Quy định về đào tạo, sát hạch, cấp giấy phép lái xe',
    'Thông tư quy định về đào tạo lái xe, sát hạch, cấp, đổi, cấp lại và thu hồi giấy phép lái xe.',
    ['giao-thong'],
    ['36/2024/QH15'],
    '2025-03-01',
  ),
  central(
    'bo-cong-an',
    ['bo-cong-an'],
    'cv-bo',
    'Về việc tuyên truyền, phổ biến quy định về bảo vệ dữ liệu cá nhân',
    'Công văn hướng dẫn công an các địa phương phối hợp tuyên truyền Luật Bảo vệ dữ liệu cá nhân đến doanh nghiệp và người dân.',
    ['du-lieu-ca-nhan'],
    ['91/2025/QH15'],
    '2025-07-01',
  ),
  central(
    'bo-tai-chinh',
    ['bo-tai-chinh'],
    'tt',
    'Hướng dẫn thực hiện một số điều của Luật Thuế giá trị gia tăng',
    'Thông tư hướng dẫn đối tượng không chịu thuế, khấu trừ, hoàn thuế giá trị gia tăng và hóa đơn chứng từ.',
    ['thue'],
    ['48/2024/QH15'],
    '2025-04-01',
  ),
  central(
    'bo-tai-chinh',
    ['bo-tai-chinh'],
    'tt',
    'Hướng dẫn quản lý thuế đối với hộ kinh doanh, cá nhân kinh doanh',
    'Thông tư hướng dẫn phương pháp tính thuế, khai thuế và nộp thuế đối với hộ kinh doanh, cá nhân kinh doanh.',
    ['thue', 'doanh-nghiep'],
    ['38/2019/QH14'],
  ),
  central(
    'bo-tai-chinh',
    ['bo-tai-chinh'],
    'tt',
    'Hướng dẫn lập dự toán, quản lý, sử dụng kinh phí bảo đảm cho công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở',
    'Thông tư hướng dẫn nội dung chi, mức chi và việc lập dự toán, quyết toán kinh phí phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và chuẩn tiếp cận pháp luật.',
    ['pbgdpl', 'hoa-giai'],
    ['14/2012/QH13', '35/2013/QH13'],
  ),
  central(
    'bo-tai-chinh',
    ['bo-tai-chinh'],
    'tt',
    'Quy định về đăng ký doanh nghiệp',
    'Thông tư ban hành biểu mẫu và hướng dẫn đăng ký doanh nghiệp, đăng ký hộ kinh doanh qua mạng thông tin điện tử.',
    ['doanh-nghiep'],
    ['59/2020/QH14'],
    '2025-03-01',
  ),
  central(
    'bo-noi-vu',
    ['bo-noi-vu'],
    'tt',
    'Quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc',
    'Thông tư hướng dẫn đối tượng tham gia, tiền lương làm căn cứ đóng và các chế độ bảo hiểm xã hội bắt buộc.',
    ['bao-hiem-xa-hoi', 'lao-dong'],
    ['41/2024/QH15'],
    '2025-03-01',
  ),
  central(
    'bo-noi-vu',
    ['bo-noi-vu'],
    'tt',
    'Hướng dẫn thực hiện chế độ bảo hiểm xã hội tự nguyện',
    'Thông tư hướng dẫn mức đóng, phương thức đóng và chế độ hưu trí, tử tuất của bảo hiểm xã hội tự nguyện.',
    ['bao-hiem-xa-hoi'],
    ['41/2024/QH15'],
    '2025-03-01',
  ),
  central(
    'bo-noi-vu',
    ['bo-noi-vu'],
    'tt',
    'Hướng dẫn thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp',
    'Thông tư hướng dẫn hồ sơ, trình tự giải quyết hưởng trợ cấp thất nghiệp và hỗ trợ học nghề cho người lao động.',
    ['lao-dong', 'bao-hiem-xa-hoi'],
    ['74/2025/QH15'],
    '2025-09-01',
  ),
  central(
    'bo-noi-vu',
    ['bo-noi-vu'],
    'tt',
    'Hướng dẫn về hợp đồng lao động đối với người lao động làm việc không trọn thời gian',
    'Thông tư hướng dẫn giao kết, thực hiện hợp đồng lao động và bảo đảm quyền lợi của người lao động làm việc không trọn thời gian.',
    ['lao-dong'],
    ['45/2019/QH14', '145/2020/NĐ-CP'],
  ),
  central(
    'bo-nong-nghiep-moi-truong',
    ['bo-nong-nghiep-moi-truong'],
    'tt',
    'Quy định về hồ sơ địa chính',
    'Thông tư quy định về hồ sơ địa chính, mẫu Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.',
    ['dat-dai'],
    ['31/2024/QH15', '101/2024/NĐ-CP'],
    '2024-08-01',
  ),
  central(
    'bo-nong-nghiep-moi-truong',
    ['bo-nong-nghiep-moi-truong'],
    'tt',
    'Quy định kỹ thuật về lập bản đồ địa chính',
    'Thông tư quy định kỹ thuật đo đạc, lập, chỉnh lý bản đồ địa chính và cơ sở dữ liệu địa chính.',
    ['dat-dai'],
    ['31/2024/QH15'],
    '2025-03-01',
  ),
  central(
    'bo-nong-nghiep-moi-truong',
    ['bo-nong-nghiep-moi-truong'],
    'tt',
    'Hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn',
    'Thông tư hướng dẫn phân loại, lưu giữ chất thải rắn sinh hoạt của hộ gia đình, cá nhân.',
    ['moi-truong'],
  ),
  central(
    'bo-xay-dung',
    ['bo-xay-dung'],
    'tt',
    'Hướng dẫn một số nội dung về cấp giấy phép xây dựng nhà ở riêng lẻ',
    'Thông tư hướng dẫn hồ sơ, điều kiện cấp giấy phép xây dựng và các trường hợp miễn giấy phép xây dựng đối với nhà ở riêng lẻ.',
    ['xay-dung'],
    ['27/2023/QH15'],
  ),
  central(
    'bo-xay-dung',
    ['bo-xay-dung'],
    'tt',
    'Quy định về quản lý, vận hành, khai thác kết cấu hạ tầng đường bộ',
    'Thông tư quy định về tổ chức giao thông, báo hiệu đường bộ và quản lý hành lang an toàn đường bộ.',
    ['giao-thong', 'xay-dung'],
    ['35/2024/QH15'],
    '2025-01-01',
  ),
  central(
    'bo-y-te',
    ['bo-y-te'],
    'tt',
    'Quy định chi tiết một số điều của Luật Bảo hiểm y tế về khám bệnh, chữa bệnh bảo hiểm y tế',
    'Thông tư hướng dẫn thủ tục khám bệnh, chữa bệnh bảo hiểm y tế, chuyển người bệnh giữa các cơ sở và mức hưởng.',
    ['y-te', 'bao-hiem-xa-hoi'],
    ['51/2024/QH15'],
    '2025-03-01',
  ),
  central(
    'bo-y-te',
    ['bo-y-te'],
    'tt',
    'Hướng dẫn cấp giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội',
    'Thông tư hướng dẫn mẫu, thẩm quyền và thủ tục cấp giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội, giấy ra viện.',
    ['y-te', 'bao-hiem-xa-hoi'],
    ['41/2024/QH15'],
    '2025-02-01',
  ),
  central(
    'bo-giao-duc-dao-tao',
    ['bo-giao-duc-dao-tao'],
    'tt',
    'Quy định về phổ biến, giáo dục pháp luật trong cơ sở giáo dục',
    'Thông tư quy định nội dung, hình thức phổ biến, giáo dục pháp luật cho học sinh, sinh viên và nhà giáo.',
    ['giao-duc', 'pbgdpl'],
    ['14/2012/QH13'],
  ),
  central(
    'bo-giao-duc-dao-tao',
    ['bo-giao-duc-dao-tao'],
    'tt',
    'Hướng dẫn giáo dục an toàn giao thông cho học sinh phổ thông',
    'Thông tư hướng dẫn nội dung, thời lượng giáo dục kiến thức pháp luật về trật tự, an toàn giao thông trong trường phổ thông.',
    ['giao-duc', 'giao-thong'],
    ['36/2024/QH15'],
    '2025-01-01',
  ),
  central(
    'bo-cong-thuong',
    ['bo-cong-thuong'],
    'tt',
    'Quy định về hợp đồng theo mẫu và điều kiện giao dịch chung',
    'Thông tư hướng dẫn đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung nhằm bảo vệ quyền lợi người tiêu dùng.',
    ['dan-su', 'doanh-nghiep'],
    ['19/2023/QH15'],
    '2024-07-01',
  ),
  central(
    'bo-khoa-hoc-cong-nghe',
    ['bo-khoa-hoc-cong-nghe'],
    'tt',
    'Hướng dẫn bảo đảm an toàn thông tin cho cổng, trang thông tin điện tử của cơ quan nhà nước',
    'Thông tư hướng dẫn biện pháp kỹ thuật bảo đảm an toàn thông tin và khả năng truy cập cho cổng, trang thông tin điện tử.',
    ['hanh-chinh'],
    ['42/2022/NĐ-CP'],
  ),
  central(
    'ngan-hang-nha-nuoc',
    ['ngan-hang-nha-nuoc'],
    'tt',
    'Quy định về mở và sử dụng tài khoản thanh toán',
    'Thông tư quy định điều kiện, thủ tục mở, sử dụng tài khoản thanh toán và biện pháp phòng, chống lừa đảo trong thanh toán.',
    ['dan-su'],
    ['20/2023/QH15'],
    '2024-07-01',
  ),
];

/** Sample officials. Names are invented placeholders, not real people. */
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
];
const MALE_MIDDLE = ['Văn', 'Minh', 'Đức', 'Quốc', 'Hữu', 'Xuân'];
const MALE_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hưng',
  'Khánh',
  'Lâm',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Trung',
  'Vinh',
];
const FEMALE_MIDDLE = ['Thị', 'Thanh', 'Ngọc', 'Thu', 'Minh'];
const FEMALE_GIVEN = [
  'Anh',
  'Giang',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Phương',
  'Thảo',
  'Yến',
];

export function sampleName(rng: Rng): string {
  const female = rng.chance(0.4);
  const middle = rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  return `${rng.pick(FAMILY)} ${middle} ${given}`;
}

interface Draft {
  template: Template;
  unitId: string;
  issuers: Issuer[];
  abbr: string;
  place: string;
  website: string;
  issuedDate: string;
  effectiveDate: string | null;
  status: DocumentStatus;
  expiryDate: string | null;
  replaces: Draft | null;
  forcedUpcoming: boolean;
  number: string;
  signerTitle: string;
}

const SIGNERS: Record<Series, [string, string]> = {
  'qd-qppl': ['Chủ tịch Ủy ban nhân dân', 'KT. Chủ tịch – Phó Chủ tịch Ủy ban nhân dân'],
  'nq-hdnd': ['Chủ tịch Hội đồng nhân dân', 'Chủ tịch Hội đồng nhân dân'],
  qd: ['Chủ tịch Ủy ban nhân dân', 'KT. Chủ tịch – Phó Chủ tịch Ủy ban nhân dân'],
  ct: ['Chủ tịch Ủy ban nhân dân', 'Chủ tịch Ủy ban nhân dân'],
  cv: [
    'TL. Chủ tịch – Chánh Văn phòng Ủy ban nhân dân',
    'KT. Chủ tịch – Phó Chủ tịch Ủy ban nhân dân',
  ],
  tt: ['Bộ trưởng', 'KT. Bộ trưởng – Thứ trưởng'],
  ttlt: ['KT. Bộ trưởng Bộ Tư pháp – Thứ trưởng', 'KT. Bộ trưởng Bộ Tư pháp – Thứ trưởng'],
  'cv-bo': ['TL. Bộ trưởng – Vụ trưởng', 'KT. Bộ trưởng – Thứ trưởng'],
  'qd-ttg': ['Thủ tướng', 'KT. Thủ tướng – Phó Thủ tướng'],
  'ct-ttg': ['Thủ tướng', 'Thủ tướng'],
};

/** Picks an issue date for a template in the last ~3 years, often in the last 90 days. */
function pickIssued(rng: Rng, now: Date, t: Template, earliest?: string, latest?: string): string {
  const today = isoDateOffset(now, 0);
  const windowStart = isoDateOffset(now, -1100);
  let from = t.notBefore && t.notBefore > windowStart ? t.notBefore : windowStart;
  if (earliest && earliest > from) from = earliest;
  let to = isoDateOffset(now, -1);
  if (t.notBefore && t.within !== undefined) {
    const limit = isoDateOffset(new Date(`${t.notBefore}T12:00:00+07:00`), t.within);
    if (limit < to) to = limit;
  }
  if (latest && latest < to) to = latest;
  if (to < from) to = from > today ? today : from;
  const span = Math.max(0, daysBetween(from, to));
  const recentStart = Math.max(0, span - 90);
  const recent = rng.chance(0.2);
  let issued = from;
  for (let i = 0; i < 40; i++) {
    const offset = recent && i < 10 ? rng.int(recentStart, span) : rng.int(0, span);
    issued = isoDateOffset(new Date(`${from}T12:00:00+07:00`), offset);
    if (!t.months || t.months.includes(Number(issued.slice(5, 7)))) break;
  }
  return issued;
}

function effectiveFor(rng: Rng, series: Series, issued: string): string | null {
  const base = new Date(`${issued}T12:00:00+07:00`);
  if (series === 'cv' || series === 'cv-bo') return null;
  if (series === 'qd-qppl' || series === 'nq-hdnd') return isoDateOffset(base, rng.int(10, 20));
  if (series === 'tt' || series === 'ttlt') return isoDateOffset(base, rng.int(45, 60));
  return issued;
}

function ctxFor(t: Template, place: string, issued: string): Ctx {
  const year = Number(issued.slice(0, 4));
  const december = issued.slice(5, 7) === '12';
  return { place, year: t.forNextYearInDecember && december ? year + 1 : year };
}

function titleOf(d: Draft): string {
  return d.template.title(ctxFor(d.template, d.place, d.issuedDate));
}

/** Roughly how many documents of a series a unit signs per day, for realistic numbers. */
const PER_DAY: Record<Series, number> = {
  'qd-qppl': 0.12,
  'nq-hdnd': 0.08,
  qd: 9,
  ct: 0.06,
  cv: 16,
  tt: 0.1,
  ttlt: 0.01,
  'cv-bo': 11,
  'qd-ttg': 5,
  'ct-ttg': 0.1,
};

function gazetteNumber(rng: Rng): string {
  const n = rng.int(100, 1400);
  return `Số ${n} + ${n + 1}`;
}

/** Numbers sample drafts per unit and series, increasing with the issue date. */
function assignNumbers(rng: Rng, drafts: Draft[]): void {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.unitId}|${d.template.series}|${d.issuedDate.slice(0, 4)}`;
    const list = groups.get(key) ?? [];
    list.push(d);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.issuedDate.localeCompare(b.issuedDate));
    let last = 0;
    for (const d of list) {
      const series = d.template.series;
      const year = d.issuedDate.slice(0, 4);
      const dayOfYear = daysBetween(`${year}-01-01`, d.issuedDate) + 1;
      const n = Math.max(last + 1, Math.floor(dayOfYear * PER_DAY[series]) + rng.int(1, 3));
      last = n;
      const nn = n < 10 ? `0${n}` : String(n);
      const a = d.abbr;
      const numbers: Record<Series, string> = {
        'qd-qppl': `${nn}/${year}/QĐ-UBND`,
        'nq-hdnd': `${nn}/${year}/NQ-HĐND`,
        qd: `${n}/QĐ-UBND`,
        ct: `${nn}/CT-UBND`,
        cv: `${n}/UBND-NC`,
        tt: `${nn}/${year}/TT-${a}`,
        ttlt: `${nn}/${year}/TTLT-BTP-TANDTC-VKSNDTC`,
        'cv-bo': `${n}/${a}-${a === 'BTP' ? 'PBGDPL' : 'PC'}`,
        'qd-ttg': `${n}/QĐ-TTg`,
        'ct-ttg': `${nn}/CT-TTg`,
      };
      d.number = numbers[series];
    }
  }
}

function draft(
  t: Template,
  unitId: string,
  issuers: Issuer[],
  abbr: string,
  place: string,
  website: string,
  issuedDate: string,
  rng: Rng,
): Draft {
  return {
    template: t,
    unitId,
    issuers,
    abbr,
    place,
    website,
    issuedDate,
    effectiveDate: effectiveFor(rng, t.series, issuedDate),
    status: 'in-force',
    expiryDate: null,
    replaces: null,
    forcedUpcoming: false,
    number: '',
    signerTitle: rng.pick(SIGNERS[t.series]),
  };
}

function provincialDrafts(rng: Rng, now: Date, p: ProvinceRow, count: number): Draft[] {
  const place = provinceInText(p);
  const out: Draft[] = [];
  const seen = new Set<string>();
  const issuersOf = (t: Template): Issuer[] => [t.series === 'nq-hdnd' ? 'hdnd-tinh' : 'ubnd-tinh'];
  // Templates about documents adopted after `now` (a seed dated in the past) are left out.
  const yesterday = isoDateOffset(now, -1);
  const available = PROVINCIAL.filter((t) => !t.notBefore || t.notBefore <= yesterday);
  let attempts = 0;
  while (out.length < count && attempts++ < count * 20) {
    const t = rng.pick(available);
    // An older version, replaced by the newer one, for some versioned regulations.
    if (t.versioned && rng.chance(0.45) && out.length + 2 <= count) {
      const oldIssued = pickIssued(rng, now, t, undefined, isoDateOffset(now, -500));
      const older = draft(t, p.id, issuersOf(t), 'UBND', place, p.website, oldIssued, rng);
      const newIssued = pickIssued(
        rng,
        now,
        t,
        isoDateOffset(new Date(`${oldIssued}T12:00:00+07:00`), 240),
        isoDateOffset(now, -20),
      );
      const newer = draft(t, p.id, issuersOf(t), 'UBND', place, p.website, newIssued, rng);
      const key = `${t.title(ctxFor(t, place, newIssued))}|v`;
      if (seen.has(key) || newIssued <= oldIssued) continue;
      seen.add(key);
      seen.add(titleOf(newer));
      newer.replaces = older;
      out.push(older, newer);
      continue;
    }
    const issued = pickIssued(rng, now, t);
    const d = draft(t, p.id, issuersOf(t), 'UBND', place, p.website, issued, rng);
    const title = titleOf(d);
    if (seen.has(title)) continue;
    seen.add(title);
    out.push(d);
  }
  return out;
}

function centralDrafts(rng: Rng, now: Date): Draft[] {
  const out: Draft[] = [];
  for (const t of CENTRAL) {
    if (t.notBefore && t.notBefore > isoDateOffset(now, -1)) continue;
    const ministry = MINISTRIES.find((m) => m.id === t.unitId);
    const abbr = ministry?.abbr ?? 'TTg';
    const website = ministry?.website ?? 'https://chinhphu.vn';
    // Công văn of the Ministry of Justice recur yearly; others appear once.
    const copies = t.series === 'cv-bo' && t.unitId === 'bo-tu-phap' && !t.notBefore ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const latest = i === 0 && copies > 1 ? isoDateOffset(now, -400) : undefined;
      const earliest = i === 1 ? isoDateOffset(now, -300) : undefined;
      const issued = pickIssued(rng, now, t, earliest, latest);
      out.push(draft(t, t.unitId, t.issuers, abbr, '', website, issued, rng));
    }
  }
  return out;
}

function attachments(
  rng: Rng,
  id: string,
  number: string,
  typeLabel: string,
  pdfKb: number,
): DocumentDetail['attachments'] {
  const list: DocumentDetail['attachments'] = [
    {
      name: `${typeLabel} ${number} (bản PDF)`,
      url: `/files/documents/${id}.pdf`,
      format: 'pdf',
      size: pdfKb * 1024 + rng.int(0, 1023),
    },
  ];
  if (rng.chance(0.55)) {
    list.push({
      name: `${typeLabel} ${number} (bản Word)`,
      url: `/files/documents/${id}.docx`,
      format: 'docx',
      size: Math.round(pdfKb * 0.35) * 1024 + rng.int(0, 1023),
    });
  }
  return list;
}

function realStatus(d: RealDocument, today: string): DocumentStatus {
  if (d.effectiveDate > today) return 'not-yet-in-force';
  if (d.expiryDate && d.expiryDate <= today) return 'expired';
  return 'in-force';
}

/** A reference to a real document: id null when it is not part of this corpus. */
export interface DocRef {
  id: string | null;
  number: string;
  title: string;
}

export interface DocumentCorpus {
  documents: DocumentDetail[];
  /** Reference by number, for citations in answers and links in news. */
  ref: (number: string) => DocRef;
}

export function buildDocuments(now: Date): DocumentCorpus {
  const rng = new Rng('documents');
  const today = isoDateOffset(now, 0);

  // Real documents issued after `now` (when the seed is dated in the past) are left out.
  const real = REAL_DOCUMENTS.filter((d) => d.issuedDate <= today);
  const realIds = new Set(real.map((d) => d.id));
  const byNumber = new Map(REAL_DOCUMENTS.map((d) => [d.number, d]));
  const ref = (number: string): DocRef => {
    const d = byNumber.get(number);
    if (!d) throw new Error(`Unknown real document ${number}`);
    return { id: realIds.has(d.id) ? d.id : null, number: d.number, title: d.title };
  };

  const documents: DocumentDetail[] = [];
  const relationsOf = new Map<string, DocumentDetail['relations']>();
  const addRelation = (fromId: string, kind: DocumentRelationKind, to: DocRef) => {
    const list = relationsOf.get(fromId) ?? [];
    list.push({ kind, id: to.id, number: to.number, title: to.title });
    relationsOf.set(fromId, list);
  };
  const relate = (from: DocRef, kind: DocumentRelationKind, to: DocRef) => {
    if (from.id) addRelation(from.id, kind, to);
    const inverse = INVERSE[kind];
    if (inverse && to.id) addRelation(to.id, inverse, from);
  };

  for (const [from, kind, to] of REAL_RELATIONS) relate(ref(from), kind, ref(to));

  for (const d of real) {
    const typeLabel = DOCUMENT_TYPE_LABELS[d.type].vi;
    documents.push({
      id: d.id,
      unitId: d.unitId,
      number: d.number,
      title: d.title,
      type: d.type,
      issuers: d.issuers,
      issuedDate: d.issuedDate,
      effectiveDate: d.effectiveDate,
      status: realStatus(d, today),
      fields: d.fields,
      summary: d.summary,
      signers: d.signer ? [{ name: d.signer, title: 'Chủ tịch Quốc hội' }] : [],
      expiryDate: d.expiryDate,
      gazetteNo: null,
      gazetteDate: null,
      attachments: attachments(rng, d.id, d.number, typeLabel, d.pdfKb),
      sourceUrl: VBPL_URL,
      relations: [],
    });
  }

  // Sample documents: Ninh Bình and Hà Nội get many, other provinces a few each.
  const drafts: Draft[] = [];
  for (const p of PROVINCES) {
    const count = p.id === 'ninh-binh' ? 26 : p.id === 'ha-noi' ? 22 : rng.int(5, 7);
    drafts.push(...provincialDrafts(rng, now, p, count));
  }
  drafts.push(...centralDrafts(rng, now));

  // A handful of normative documents take effect within the next 30 days.
  const normative = rng.shuffle(
    drafts.filter(
      (d) =>
        NORMATIVE.has(d.template.series) && !d.replaces && !drafts.some((o) => o.replaces === d),
    ),
  );
  for (const d of normative.slice(0, 9)) {
    d.issuedDate = isoDateOffset(now, -rng.int(3, 20));
    d.effectiveDate = isoDateOffset(now, rng.int(2, 28));
    d.forcedUpcoming = true;
  }
  assignNumbers(rng, drafts);

  // Statuses, in plausible proportions.
  for (const d of drafts) {
    if (d.effectiveDate && d.effectiveDate > today) d.status = 'not-yet-in-force';
    else if (d.template.yearly) {
      const end = `${ctxFor(d.template, d.place, d.issuedDate).year + 1}-01-01`;
      if (end <= today) {
        d.status = 'expired';
        d.expiryDate = end;
      }
    }
  }
  for (const d of drafts) {
    if (d.replaces) {
      const old = d.replaces;
      const until = d.effectiveDate ?? d.issuedDate;
      old.expiryDate = until;
      old.status = until <= today ? 'expired' : old.status;
    }
  }
  const older = drafts.filter(
    (d) =>
      d.status === 'in-force' &&
      NORMATIVE.has(d.template.series) &&
      d.issuedDate < isoDateOffset(now, -365) &&
      !drafts.some((o) => o.replaces === d),
  );
  const shuffledOlder = rng.shuffle(older);
  for (const d of shuffledOlder.slice(0, Math.round(older.length * 0.12)))
    d.status = 'partly-expired';
  for (const d of shuffledOlder.slice(-2)) d.status = 'suspended';

  const idOf = (d: Draft): string => {
    let base = documentId(SERIES_TYPE[d.template.series], d.number);
    // Numbers such as 1234/QĐ-UBND restart every year: the year keeps the id unique.
    if (!/\/\d{4}\//.test(d.number)) base += `-${d.issuedDate.slice(0, 4)}`;
    const provincial = PROVINCES.some((p) => p.id === d.unitId);
    return provincial ? `${base}-${d.unitId}` : base;
  };
  const refOf = (d: Draft): DocRef => ({ id: idOf(d), number: d.number, title: titleOf(d) });

  const officials = new Map<string, string[]>();
  for (const d of drafts) {
    const id = idOf(d);
    const type = SERIES_TYPE[d.template.series];
    const typeLabel = DOCUMENT_TYPE_LABELS[type].vi;
    const ctx = ctxFor(d.template, d.place, d.issuedDate);
    if (d.replaces) relate(refOf(d), 'replaces', refOf(d.replaces));
    for (const n of d.template.basis?.(d.issuedDate) ?? []) {
      const r = ref(n);
      if (r.id && !(d.issuedDate < (byNumber.get(n)?.issuedDate ?? '')))
        relate({ id, number: d.number, title: titleOf(d) }, 'legal-basis', r);
    }
    // Each unit has a few stable sample officials who sign its documents.
    const names = officials.get(d.unitId) ?? [sampleName(rng), sampleName(rng), sampleName(rng)];
    officials.set(d.unitId, names);
    const normative = NORMATIVE.has(d.template.series);
    const gazetteDate =
      normative && d.issuedDate
        ? isoDateOffset(new Date(`${d.issuedDate}T12:00:00+07:00`), rng.int(7, 15))
        : null;
    const hasGazette = d.template.series === 'tt' && gazetteDate !== null && gazetteDate <= today;
    documents.push({
      id,
      unitId: d.unitId,
      number: d.number,
      title: titleOf(d),
      type,
      issuers: d.issuers,
      issuedDate: d.issuedDate,
      effectiveDate: d.effectiveDate,
      status: d.status,
      fields: d.template.fields,
      summary: `${d.template.about(ctx)} ${SAMPLE_DOCUMENT_NOTE}`,
      signers: [{ name: at(names, d.signerTitle.startsWith('KT.') ? 1 : 0), title: d.signerTitle }],
      expiryDate: d.expiryDate,
      gazetteNo: hasGazette ? gazetteNumber(rng) : null,
      gazetteDate: hasGazette ? gazetteDate : null,
      attachments: attachments(rng, id, d.number, typeLabel, rng.int(90, 900)),
      sourceUrl: d.website,
      relations: [],
    });
  }

  for (const doc of documents) doc.relations = relationsOf.get(doc.id) ?? [];
  documents.sort((a, b) => b.issuedDate.localeCompare(a.issuedDate) || a.id.localeCompare(b.id));
  return { documents, ref };
}
