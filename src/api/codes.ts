/**
 * Code lists of API v1 with their Vietnamese and English labels: the one place they are
 * defined. The server builds its TypeBox enums and `GET /api/v1/taxonomies` from them; widgets
 * import just the label maps they show (the bundler drops the rest).
 */

export interface Label {
  vi: string;
  en: string;
}

export const UNIT_KIND_LABELS = {
  national: { vi: 'Trung ương', en: 'National' },
  ministry: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministry or ministerial agency' },
  organization: { vi: 'Tổ chức chính trị - xã hội', en: 'Central mass organisation' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune, ward or special zone' },
} as const satisfies Record<string, Label>;

export const NEWS_CATEGORY_LABELS = {
  'hoat-dong': { vi: 'Hoạt động PBGDPL', en: 'PBGDPL activities' },
  'chinh-sach-moi': { vi: 'Chính sách mới', en: 'New policies' },
  'hoa-giai': { vi: 'Hòa giải ở cơ sở', en: 'Grassroots mediation' },
  'ngay-phap-luat': { vi: 'Ngày Pháp luật Việt Nam', en: 'Vietnam Law Day' },
  'tiep-can-phap-luat': { vi: 'Chuẩn tiếp cận pháp luật', en: 'Access to law standard' },
  'cuoc-thi': { vi: 'Cuộc thi tìm hiểu pháp luật', en: 'Law knowledge contests' },
} as const satisfies Record<string, Label>;

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

export const LEGAL_FIELD_LABELS = {
  'dat-dai': { vi: 'Đất đai', en: 'Land' },
  'hon-nhan-gia-dinh': { vi: 'Hôn nhân và gia đình', en: 'Marriage and family' },
  'dan-su': { vi: 'Dân sự', en: 'Civil matters' },
  'lao-dong': { vi: 'Lao động', en: 'Labour' },
  'bao-hiem-xa-hoi': { vi: 'Bảo hiểm xã hội', en: 'Social insurance' },
  'giao-thong': { vi: 'Giao thông', en: 'Traffic' },
  'hinh-su': { vi: 'Hình sự', en: 'Criminal law' },
  'hanh-chinh': { vi: 'Hành chính', en: 'Administrative law' },
  thue: { vi: 'Thuế', en: 'Tax' },
  'doanh-nghiep': { vi: 'Doanh nghiệp', en: 'Enterprises' },
  'cu-tru-can-cuoc': { vi: 'Cư trú và căn cước', en: 'Residence and identity' },
  'du-lieu-ca-nhan': { vi: 'Bảo vệ dữ liệu cá nhân', en: 'Personal data protection' },
  pbgdpl: { vi: 'Phổ biến, giáo dục pháp luật', en: 'Legal dissemination and education' },
  'hoa-giai': { vi: 'Hòa giải ở cơ sở', en: 'Grassroots mediation' },
  'y-te': { vi: 'Y tế', en: 'Health' },
  'giao-duc': { vi: 'Giáo dục', en: 'Education' },
  'moi-truong': { vi: 'Môi trường', en: 'Environment' },
  'xay-dung': { vi: 'Xây dựng', en: 'Construction' },
} as const satisfies Record<string, Label>;

export const MATERIAL_KIND_LABELS = {
  handbook: { vi: 'Sổ tay', en: 'Handbook' },
  leaflet: { vi: 'Tờ gấp', en: 'Leaflet' },
  outline: { vi: 'Đề cương', en: 'Talk outline' },
  infographic: { vi: 'Infographic', en: 'Infographic' },
  video: { vi: 'Video', en: 'Video' },
  audio: { vi: 'Chương trình phát thanh', en: 'Radio programme' },
  slides: { vi: 'Bài giảng', en: 'Lecture slides' },
} as const satisfies Record<string, Label>;

export const DOCUMENT_RELATION_KINDS = [
  'amends',
  'amended-by',
  'guides',
  'guided-by',
  'replaces',
  'replaced-by',
  'legal-basis',
] as const;

export const ATTACHMENT_FORMATS = ['pdf', 'doc', 'docx'] as const;

export const MAX_PAGE_SIZE = 50;

export type UnitKind = keyof typeof UNIT_KIND_LABELS;
export type NewsCategory = keyof typeof NEWS_CATEGORY_LABELS;
export type DocumentType = keyof typeof DOCUMENT_TYPE_LABELS;
export type DocumentStatus = keyof typeof DOCUMENT_STATUS_LABELS;
export type Issuer = keyof typeof ISSUER_LABELS;
export type LegalField = keyof typeof LEGAL_FIELD_LABELS;
export type MaterialKind = keyof typeof MATERIAL_KIND_LABELS;
export type DocumentRelationKind = (typeof DOCUMENT_RELATION_KINDS)[number];
export type AttachmentFormat = (typeof ATTACHMENT_FORMATS)[number];

/** The codes of a label map, in their defined order. */
export function codesOf<T extends Record<string, Label>>(labels: T): (keyof T & string)[] {
  return Object.keys(labels);
}
