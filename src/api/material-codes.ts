/**
 * Kinds of dissemination material, part of the code lists in codes.ts, which re-exports them.
 * Their own module so that the CDN build keeps them with the materials section, out of the core
 * every page loads (see vite.config.ts).
 */
import type { Label } from './codes.js';

export const MATERIAL_KIND_LABELS = {
  handbook: { vi: 'Sổ tay', en: 'Handbook' },
  leaflet: { vi: 'Tờ gấp', en: 'Leaflet' },
  outline: { vi: 'Đề cương', en: 'Talk outline' },
  infographic: { vi: 'Infographic', en: 'Infographic' },
  video: { vi: 'Video', en: 'Video' },
  audio: { vi: 'Chương trình phát thanh', en: 'Radio programme' },
  slides: { vi: 'Bài giảng', en: 'Lecture slides' },
} as const satisfies Record<string, Label>;
