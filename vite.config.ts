import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/**
 * Two builds:
 * - default: `dist/` for npm from src/index.ts, ES modules with lit and friends left to the
 *   host's bundler;
 * - `--mode cdn`: `dist/cdn/pbgdpl.js` from src/cdn.ts, self-contained for pasting into any page
 *   and served by the central service at /widgets/v1/. The shared core, each element and lazily
 *   loaded code (the HTML sanitizer) become sibling chunks that the entry imports relative to
 *   its own URL.
 */
/**
 * Modules shared by every widget: Lit, the API client, controllers, base element, styles and the
 * Vietnamese strings (English loads on demand, see LocalizeController). Not src/text/: fold() is
 * for the sections that search, and travels with them.
 */
const SHARED =
  /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](api|context|controllers|events)[\\/]|src[\\/]i18n[\\/]vi\.ts|src[\\/]styles[\\/]host\.ts|src[\\/](define|warn)\.ts|src[\\/]elements[\\/](base|shared[\\/](states|fragment|pagination))\.ts/;
/** The providing half of @lit/context is for <pbgdpl-provider> alone: keep it in its chunk. */
const PROVIDER_ONLY =
  /@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|decorators[\\/]provide|value-notifier)\.js$/;
/**
 * Code lists and strings that only some sections show: they load with those sections' chunks,
 * so a page with only the news feed never downloads the labels of legal documents.
 */
const SECTION_ONLY =
  /src[\\/]api[\\/](document-codes|field-codes|material-codes|documents|questions|materials|units)\.ts$|src[\\/]events[\\/]question-submit\.ts$|src[\\/]i18n[\\/]vi-(documents|qa|sections|materials|fields)\.ts$/;
/**
 * What the sections that search share (the document list, the legal Q&A and the materials):
 * folding, match highlighting, the fields of law and their Vietnamese names, file sizes; also
 * the documents API, which the document list and the Q&A's citations use. One named chunk,
 * counted in each of those sections' budgets, instead of an unnamed one that no budget sees.
 */
const SEARCH =
  /src[\\/]text[\\/]fold\.ts$|src[\\/]elements[\\/]shared[\\/](highlight|file-size|labels)\.ts$|src[\\/]api[\\/](field-codes|documents)\.ts$|src[\\/]i18n[\\/]vi-fields\.ts$/;
/** Under src/api/ but needed only after the first response: a chunk of its own. */
const LAZY = /src[\\/]api[\\/](outage|last-good)\.ts$/;
/** The compiler's decorator helper, which every element uses. */
const HELPERS = /^\0@oxc-project\+runtime@[^/]+\/helpers\//;
const inCore = (id: string) =>
  (SHARED.test(id) || HELPERS.test(id)) &&
  !PROVIDER_ONLY.test(id) &&
  !SECTION_ONLY.test(id) &&
  !LAZY.test(id);

/**
 * The CSS of a Lit `css` template on one line, without comments and needless whitespace, then as
 * many line breaks as it had: the code after the template keeps its place, so the source map
 * stays true without rewriting it. Quoted strings (`content: '·'`, grid areas) are left as written.
 */
export function minifyCss(text: string): string {
  const css = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
  return css + '\n'.repeat(text.split('\n').length - 1);
}

/**
 * Minifies the CSS of our Lit `css` templates for the CDN build (the library build leaves that to
 * the host's bundler). Templates with interpolations or escapes are left alone.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'pbgdpl:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(
        /\bcss`([^`$\\]*)`/g,
        (_, text: string) => `css\`${minifyCss(text)}\``,
      );
      // Line breaks are kept, so the existing source map still holds.
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Drops the indentation inside our Lit `html` templates for the CDN build: whitespace between
 * tags renders the same whatever its length (no template has `<pre>`, and `<textarea>` takes
 * its text by property). Line breaks stay, so the source map still holds. Template literals are
 * found with TypeScript's parser, since their `${…}` parts nest templates of their own.
 */
function minifyHtmlTemplates(): Plugin {
  return {
    name: 'pbgdpl:minify-html-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest);
      /** [start, end) of each run of static template text, last first so edits keep offsets. */
      const texts: [number, number][] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
          const { template } = node;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // Past the opening ` or }, before the closing ` or ${.
            const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
            texts.push([part.getStart(source) + 1, part.getEnd() - closing]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const [start, end] of texts.sort((a, b) => b[0] - a[0])) {
        const text = out.slice(start, end).replace(/[ \t]*\n[ \t]*/g, '\n');
        out = out.slice(0, start) + text + out.slice(end);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [minifyCssTemplates(), minifyHtmlTemplates()] : [],
    build: {
      target: 'es2022',
      // public/ holds MSW's service worker for stories and tests; it must never ship.
      copyPublicDir: false,
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: true,
      // The CDN files name their maps in a SourceMap response header (server/src/static.ts), not
      // in a trailing comment: that comment cost ~30 bytes brotli per file on every host page.
      sourcemap: cdn ? 'hidden' : true,
      minify: cdn,
      lib: {
        entry: cdn ? 'src/cdn.ts' : 'src/index.ts',
        formats: ['es'],
        fileName: cdn ? () => 'pbgdpl.js' : 'index',
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, 'dompurify'],
        // The CDN entry exports nothing; required by includeDependenciesRecursively: false.
        preserveEntrySignatures: cdn ? 'allow-extension' : 'strict',
        output: cdn
          ? {
              chunkFileNames: 'chunks/[name]-[hash:6].js',
              // Library mode's `minify` keeps whitespace; the output option minifies fully.
              minify: true,
              // Not even `/* @__PURE__ */` marks, which only a later bundler would read.
              comments: false,
              // What every widget needs, in one cacheable chunk: Lit and our element core.
              // Only the modules `inCore` names: pulling in their imports too would drag
              // section-only modules that api/codes.ts re-exports (for the server) into the core.
              codeSplitting: {
                groups: [
                  { name: 'core', test: inCore, includeDependenciesRecursively: false },
                  { name: 'search', test: SEARCH, includeDependenciesRecursively: false },
                ],
              },
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
