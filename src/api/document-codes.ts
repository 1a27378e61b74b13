/**
 * Label maps of legal documents, part of the code lists in codes.ts, which
 * re-exports them: import them from here in widget code, so they travel in the chunk of the
 * section that shows them and not in the shared core (see vite.config.ts).
 */
import type { Label } from './codes.js';

export const DOCUMENT_TYPE_LABELS = {
  'hien-phap': { vi: 'Hiến pháp', en: 'Constitution' },
  'bo-luat': { vi: 'Bộ luật', en: 'Code' },
  luat: { vi: 'Luật', en: 'Law' },
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'phap-lenh': { vi: 'Pháp lệnh', en: 'Ordinance' },
  'nghi-dinh': { vi: 'Nghị định', en: 'Decree' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'thong-tu': { vi: 'Thông tư', en: 'Circular' },
  'thong-tu-lien-tich': { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'cong-van': { vi: 'Công văn', en: 'Official letter' },
} as const satisfies Record<string, Label>;

export const DOCUMENT_STATUS_LABELS = {
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  'not-yet-in-force': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  'partly-expired': { vi: 'Hết hiệu lực một phần', en: 'Partly expired' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'Expired' },
  suspended: { vi: 'Ngưng hiệu lực', en: 'Suspended' },
} as const satisfies Record<string, Label>;

export const ISSUER_LABELS = {
  'quoc-hoi': { vi: 'Quốc hội', en: 'National Assembly' },
  ubtvqh: { vi: 'Ủy ban Thường vụ Quốc hội', en: 'Standing Committee of the National Assembly' },
  'chinh-phu': { vi: 'Chính phủ', en: 'Government' },
  'thu-tuong': { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  'bo-tu-phap': { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' },
  'bo-cong-an': { vi: 'Bộ Công an', en: 'Ministry of Public Security' },
  'bo-tai-chinh': { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  'bo-noi-vu': { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  'bo-xay-dung': { vi: 'Bộ Xây dựng', en: 'Ministry of Construction' },
  'bo-nong-nghiep-moi-truong': {
    vi: 'Bộ Nông nghiệp và Môi trường',
    en: 'Ministry of Agriculture and Environment',
  },
  'bo-giao-duc-dao-tao': { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' },
  'bo-y-te': { vi: 'Bộ Y tế', en: 'Ministry of Health' },
  'bo-cong-thuong': { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' },
  'bo-khoa-hoc-cong-nghe': {
    vi: 'Bộ Khoa học và Công nghệ',
    en: 'Ministry of Science and Technology',
  },
  'ngan-hang-nha-nuoc': { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam' },
  'tand-toi-cao': { vi: 'Tòa án nhân dân tối cao', en: "Supreme People's Court" },
  'vksnd-toi-cao': { vi: 'Viện kiểm sát nhân dân tối cao', en: "Supreme People's Procuracy" },
  'hdnd-tinh': { vi: 'Hội đồng nhân dân cấp tỉnh', en: "Provincial People's Council" },
  'ubnd-tinh': { vi: 'Ủy ban nhân dân cấp tỉnh', en: "Provincial People's Committee" },
} as const satisfies Record<string, Label>;
