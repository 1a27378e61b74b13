/**
 * Vietnamese names of the fields of law, which the document list, the legal Q&A and the materials
 * all show: they travel in the chunk those three share, not in the core every page loads (see
 * vite.config.ts). English ones are in en.ts.
 */
import type { LegalField } from '../api/codes.js';

export const viFields = {
  'dat-dai': 'Đất đai',
  'hon-nhan-gia-dinh': 'Hôn nhân và gia đình',
  'dan-su': 'Dân sự',
  'lao-dong': 'Lao động',
  'bao-hiem-xa-hoi': 'Bảo hiểm xã hội',
  'giao-thong': 'Giao thông',
  'hinh-su': 'Hình sự',
  'hanh-chinh': 'Hành chính',
  thue: 'Thuế',
  'doanh-nghiep': 'Doanh nghiệp',
  'cu-tru-can-cuoc': 'Cư trú và căn cước',
  'du-lieu-ca-nhan': 'Bảo vệ dữ liệu cá nhân',
  pbgdpl: 'Phổ biến, giáo dục pháp luật',
  'hoa-giai': 'Hòa giải ở cơ sở',
  'y-te': 'Y tế',
  'giao-duc': 'Giáo dục',
  'moi-truong': 'Môi trường',
  'xay-dung': 'Xây dựng',
} satisfies Record<LegalField, string>;
