import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './test/chromium.js';

// A fresh object per project: Vitest annotates the instances it is given.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  optimizeDeps: {
    include: [
      // Storybook tests otherwise load two copies of Lit (TOOLCHAIN.md, trap 4).
      'lit/directive-helpers.js',
      // Found late by the optimizer, they would reload the page mid-run on a fresh checkout.
      'msw-storybook-addon/csf3',
      'msw/browser',
      'axe-core',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'happy-dom', include: ['test/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'server',
          root: 'server',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          // Some tests build a second app with its own database; on a busy 2-core CI machine
          // that alone can take seconds.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: 'elements', include: ['test/elements/**/*.test.ts'], browser: browser() },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'stories', browser: browser() },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
