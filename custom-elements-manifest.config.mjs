/** custom-elements.json from the elements' JSDoc: drives Storybook docs and IDE hints. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
