/** custom-elements.json from the elements' JSDoc: drives Storybook docs and IDE hints. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists `dispatchEvent(new PbgdplXEvent(…))` calls as events without a
      // name; the named ones come from the @event JSDoc tags.
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
