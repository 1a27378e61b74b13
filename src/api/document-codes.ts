/**
 * Code lists of legal documents, part of codes.ts, which re-exports them: widget code imports
 * them from here, so they travel in the chunk of the section that shows them and not in the
 * shared core (see vite.config.ts). Their labels are in the dictionaries.
 */

/** Types of legal document (loại văn bản). */
export const DOCUMENT_TYPES = [
  'hien-phap',
  'bo-luat',
  'luat',
  'nghi-quyet',
  'phap-lenh',
  'nghi-dinh',
  'quyet-dinh',
  'thong-tu',
  'thong-tu-lien-tich',
  'chi-thi',
  'cong-van',
] as const;

/** Validity statuses (tình trạng hiệu lực). */
export const DOCUMENT_STATUSES = [
  'in-force',
  'not-yet-in-force',
  'partly-expired',
  'expired',
  'suspended',
] as const;

/** Issuing bodies (cơ quan ban hành). */
export const ISSUERS = [
  'quoc-hoi',
  'ubtvqh',
  'chinh-phu',
  'thu-tuong',
  'bo-tu-phap',
  'bo-cong-an',
  'bo-tai-chinh',
  'bo-noi-vu',
  'bo-xay-dung',
  'bo-nong-nghiep-moi-truong',
  'bo-giao-duc-dao-tao',
  'bo-y-te',
  'bo-cong-thuong',
  'bo-khoa-hoc-cong-nghe',
  'ngan-hang-nha-nuoc',
  'tand-toi-cao',
  'vksnd-toi-cao',
  'hdnd-tinh',
  'ubnd-tinh',
] as const;
