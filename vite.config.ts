import { defineConfig } from 'vite';

/**
 * Two builds from one entry (src/index.ts):
 * - default: `dist/` for npm, ES modules with lit and friends left to the host's bundler;
 * - `--mode cdn`: `dist/cdn/pbgdpl.js`, self-contained for pasting into any page, served by the
 *   central service at /widgets/v1/. Lazily loaded code (the HTML sanitizer) becomes sibling
 *   chunks that the entry imports relative to its own URL.
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    build: {
      target: 'es2022',
      // public/ holds MSW's service worker for stories and tests; it must never ship.
      copyPublicDir: false,
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: cdn,
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: cdn ? () => 'pbgdpl.js' : 'index',
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, 'dompurify'],
        output: cdn
          ? // Library mode's `minify` keeps whitespace; the output option minifies fully.
            { chunkFileNames: 'chunks/[name]-[hash].js', minify: true }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
