/**
 * How we launch Chromium everywhere (Vitest browser mode, e2e, screenshots): Debian's build, never
 * a downloaded one, with the flags that keep it quiet on a closed network. CHROMIUM_PATH lets a
 * developer point at their own Chrome.
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
