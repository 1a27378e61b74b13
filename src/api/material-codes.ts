/**
 * Kinds of dissemination material, part of codes.ts, which re-exports them: widget code imports
 * them from here, so they travel with the materials section (see vite.config.ts).
 */

/** Kinds of dissemination material. */
export const MATERIAL_KINDS = [
  'handbook',
  'leaflet',
  'outline',
  'infographic',
  'video',
  'audio',
  'slides',
] as const;
