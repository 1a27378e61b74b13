import type { LegalField } from '../../api/codes.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { viFields } from '../../i18n/vi-fields.js';

/** The label of `code`, or the code itself when it is newer than this bundle's lists. */
export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

/** The names of the fields of law in the current language. */
export function fieldNames(i18n: LocalizeController): Record<LegalField, string> {
  return i18n.t.fields ?? viFields;
}
