/** The compact table `npm run bench` prints: sections (a) HTTP, (b) bundle, (c) browser. */
import type { BrowserReport } from './browser.js';
import type { BundleReport, BundleRow } from './bundle.js';
import type { HttpRow } from './http.js';

export interface Results {
  machine: {
    date: string;
    commit: string;
    dirty: boolean;
    node: string;
    cpus: number;
    cpuModel: string;
  };
  settings: { duration: number; connections: number; runs: number; documents: number };
  http: HttpRow[];
  bundle: BundleReport;
  browser: BrowserReport;
}

const verdict = (met: boolean | undefined) => (met === undefined ? '' : met ? 'OK' : 'MISSED');
const kb = (bytes: number) => (bytes / 1000).toFixed(2);
const table = (rows: (string | number)[][], widths: number[]) =>
  rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0),
        )
        .join(' ')
        .trimEnd(),
    )
    .join('\n');

function bundleRows(rows: BundleRow[]): (string | number)[][] {
  return rows.map((r) => {
    const size = r.budgetOn ? r[r.budgetOn] : undefined;
    const name = r.name.length > 44 ? `${r.name.slice(0, 43)}…` : r.name;
    return [
      name,
      kb(r.raw),
      kb(r.gzip),
      kb(r.brotli),
      r.budget === undefined ? '' : `${kb(r.budget)} ${r.budgetOn}`,
      r.budget === undefined || size === undefined ? '' : verdict(size <= r.budget),
    ];
  });
}

export function report({ machine, settings, http, bundle, browser }: Results): string {
  const ms = (n: number) => n.toFixed(1);
  return [
    `${machine.date}  ${machine.commit.slice(0, 12)}${machine.dirty ? '+dirty' : ''}  node ${machine.node}  ${machine.cpus}× ${machine.cpuModel}`,
    '',
    `(a) HTTP: ${settings.documents} documents, ${settings.connections} connections, ${settings.duration} s per case`,
    table(
      [
        ['case', 'req/s', 'p50 ms', 'p99 ms', '× hello', 'target', ''],
        ...http.map((r) => [
          r.name + (r.unexpected ? ` (${r.unexpected} bad status)` : ''),
          r.rps.toFixed(0),
          ms(r.p50),
          ms(r.p99),
          r.ratio.toFixed(2),
          r.target ?? '',
          verdict(r.met),
        ]),
      ],
      [44, 8, 7, 7, 8, 20, 6],
    ),
    '',
    '(b) bundle, kB (1000 B), gzip -9 / brotli -11',
    table(
      [
        ['file / page', 'raw', 'gzip', 'brotli', 'budget', ''],
        ...bundleRows(bundle.files),
        ...bundleRows(bundle.budgets),
      ],
      [44, 8, 7, 7, 14, 6],
    ),
    '',
    `(c) browser: medians of ${settings.runs} loads each, fresh context`,
    table(
      [
        ['page', 'first item ms', 'TBT ms', ''],
        ['demo news feed (widget)', ms(browser.widget.firstItem), ms(browser.widget.tbt), ''],
        ['same items, static HTML', ms(browser.static.firstItem), ms(browser.static.tbt), ''],
        [
          'TBT the widgets add (target ≤ 50 ms)',
          '',
          ms(browser.addedTbt),
          verdict(browser.addedTbt <= 50),
        ],
      ],
      [44, 14, 8, 6],
    ),
  ].join('\n');
}
