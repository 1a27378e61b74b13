/** Numbers as Vietnamese readers write them: decimal comma, units spelled out. */

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "2,4 MB", "380 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "12 phút 5 giây", "25 giây". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}

/** ISO 8601 duration for `<time datetime>`: "PT12M5S". */
export function isoDuration(seconds: number): string {
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
}
