/**
 * Fields of law (lĩnh vực), part of the code lists in codes.ts, which re-exports them. Their own
 * module because the document list and the legal Q&A both show them: the CDN build puts them in
 * the chunk those two share, without the other document labels (see vite.config.ts).
 */
import type { Label } from './codes.js';

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
