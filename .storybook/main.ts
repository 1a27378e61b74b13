import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's service worker lives in public/ (never shipped in the bundle).
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
