/**
 * Vietnamese strings of a section while the service is down. They travel in the outage chunk,
 * not in the core every page loads (see vite.config.ts).
 */
import type { OutageTranslation } from './translation.js';

export const viOutage = {
  stale: (time) =>
    `Cập nhật lúc ${time}. Không kết nối được máy chủ, nội dung có thể chưa mới nhất.`,
  unitPage: 'Xem trên trang PBGDPL của đơn vị',
} satisfies OutageTranslation;
