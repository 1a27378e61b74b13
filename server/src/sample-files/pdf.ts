/**
 * A minimal, valid one-page PDF (A4, the standard Helvetica font, nothing embedded) that says
 * it is a sample and names the item: an honest stand-in for the seed's documents and handbooks,
 * a kilobyte or two instead of megabytes.
 */

const HEADING = 'TAI LIEU MAU - SAMPLE FILE';
// Written in Vietnamese; shown without diacritics like everything else (see ascii()).
const NOTICE = [
  'Đây là tệp mẫu do dịch vụ PBGDPL dùng chung tạo ra để trình diễn, không phải văn bản chính thức.',
  'This is a generated sample file for demonstration, not the official document.',
];

const PAGE_HEIGHT = 842;
const LEFT = 56;
const TOP = 780;
const LINE_HEIGHT = 18;
/** Characters per line at 11 pt Helvetica across the page between margins. */
const WRAP = 88;
/** Lines that fit under the heading, above the bottom margin. */
const MAX_LINES = Math.floor((TOP - 2 * LINE_HEIGHT - LEFT) / LINE_HEIGHT);

/** The sample page of an item: the notice, its title, then `details`, one paragraph each. */
export function samplePdf(title: string, details: string[]): Buffer {
  const lines = [...NOTICE, '', title, '', ...details]
    .flatMap((paragraph) => (paragraph ? wrap(ascii(paragraph), WRAP) : ['']))
    .slice(0, MAX_LINES);
  const text = [
    `BT /F2 16 Tf ${LEFT} ${TOP} Td ${pdfString(HEADING)} Tj ET`,
    ...lines.map(
      (line, i) =>
        `BT /F1 11 Tf ${LEFT} ${TOP - 2 * LINE_HEIGHT - i * LINE_HEIGHT} Td ${pdfString(line)} Tj ET`,
    ),
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${PAGE_HEIGHT}] ` +
      '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    `<< /Title ${pdfString(ascii(title))} /Producer (PBGDPL sample file) >>`,
  ];

  // Every byte is ASCII, so string lengths are byte offsets for the cross-reference table.
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\n` +
    `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'ascii');
}

/**
 * Vietnamese without diacritics ("Luật Đất đai" → "Luat Dat dai"): the standard fonts have no
 * Vietnamese glyphs. Anything else outside printable ASCII becomes "?".
 */
function ascii(text: string): string {
  return text
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?');
}

/** Greedy line breaking; a word longer than a line (a URL) is cut. */
function wrap(text: string, width: number): string[] {
  const pieces = text
    .split(/\s+/)
    .flatMap((word) => word.match(new RegExp(`.{1,${width}}`, 'g')) ?? []);
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + piece.length <= width) {
      lines[lines.length - 1] = `${last} ${piece}`;
    } else {
      lines.push(piece);
    }
  }
  return lines;
}

/** A PDF literal string: backslash, parentheses escaped. */
function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (ch) => `\\${ch}`)})`;
}
