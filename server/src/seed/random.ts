/**
 * Small deterministic helpers for the sample-data generator: a seeded PRNG, date arithmetic in
 * Vietnam time (UTC+7, no daylight saving) and slugs. Nothing here touches Math.random or the
 * clock, so a given `now` always yields the same seed.
 */
import { fold } from '../../../src/text/fold.js';
import { vietnamDate, vietnamDateTime } from '../vietnam-time.js';

/** mulberry32: a tiny 32-bit PRNG, good enough to vary sample data and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to derive one independent seed per content module. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(salt: string) {
    this.next = mulberry32(hashSeed(salt));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }

  /** Picks by weight; `weights` and `items` have the same length. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= at(weights, i);
      if (r < 0) return at(items, i);
    }
    return at(items, items.length - 1);
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = tmp;
    }
    return copy;
  }

  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
}

/** Indexed access that fails loudly instead of yielding undefined (content tables are static). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at index ${index} of ${items.length}`);
  return item;
}

const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `a` to `b` (b − a), by Vietnam calendar date. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

/** `YYYY-MM-DD` of the instant's calendar date in Vietnam. */
export const isoDate = vietnamDate;

/** The instant `days` days after `date` as a Vietnam calendar date. */
export function isoDateOffset(date: Date, days: number): string {
  return isoDate(addDays(date, days));
}

/** ISO 8601 with the +07:00 offset, e.g. `2026-11-09T08:30:00+07:00`, at whole minutes. */
export function isoDateTime(date: Date): string {
  return `${vietnamDateTime(date).slice(0, 16)}:00+07:00`;
}

/**
 * A working-hours instant `daysAgo` days before `now` (Vietnam time), never later than `now`.
 * `minuteOfDay` is the local time, e.g. 8 * 60 + 30 for 08:30.
 */
export function instantDaysAgo(now: Date, daysAgo: number, minuteOfDay: number): Date {
  const day = isoDateOffset(now, -daysAgo);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  const instant = new Date(`${day}T${hh}:${mm}:00+07:00`);
  return instant.getTime() > now.getTime() ? new Date(now.getTime() - 3_600_000) : instant;
}

/** `dd/mm/yyyy` as Vietnamese text shows dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

/** A URL- and id-safe slug: "Nghị định 13/2023/NĐ-CP" → "nghi-dinh-13-2023-nd-cp". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The note every sample article and answer ends with. */
export const SAMPLE_NOTE_HTML =
  '<p><em>Dữ liệu mẫu phục vụ trình diễn; không phải thông tin chính thức.</em></p>';
