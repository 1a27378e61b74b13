/**
 * The fields of law, part of codes.ts, which re-exports them. Their own module because the
 * document list, the legal Q&A and the materials all use them: the CDN build puts them in the
 * chunk those share (see vite.config.ts). Their names are in the dictionaries.
 */

/** Fields of law (lĩnh vực). */
export const LEGAL_FIELDS = [
  'dat-dai',
  'hon-nhan-gia-dinh',
  'dan-su',
  'lao-dong',
  'bao-hiem-xa-hoi',
  'giao-thong',
  'hinh-su',
  'hanh-chinh',
  'thue',
  'doanh-nghiep',
  'cu-tru-can-cuoc',
  'du-lieu-ca-nhan',
  'pbgdpl',
  'hoa-giai',
  'y-te',
  'giao-duc',
  'moi-truong',
  'xay-dung',
] as const;
