import type { LocalizeController } from '../../controllers/localize.js';

/** Bytes as a person reads them, in the reader's language: "2,6 MB", "420 kB". */
export function fileSize(i18n: LocalizeController, bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / 1024 / 1024, 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return i18n.number(value, { style: 'unit', unit, maximumFractionDigits: 1 });
}
