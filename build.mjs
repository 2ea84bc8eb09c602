// Builds what Apps Script runs into dist/: Code.js, one self-contained HTML file per sidebar page,
// and appsscript.json. Run with `node build.mjs` (add --quiet to print only problems).
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
export const GLOBAL_NAME = '__lotline';
// esbuild drops comments from the entry; Apps Script reads this one to narrow the scope prompt.
const BANNER = '/** @OnlyCurrentDoc */';

/** The names exported by the entry, read from the metafile of an ESM build (an IIFE metafile lists none). */
export async function entryExports(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    metafile: true,
    outfile: 'entry.js',
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  return outputs.flatMap((output) => output.exports ?? []).sort();
}

/**
 * Apps Script finds menu handlers, triggers and google.script.run targets only as top-level
 * function declarations, so each export gets one that forwards to the IIFE's global.
 */
export function topLevelDeclarations(names) {
  return names.map((name) => `function ${name}(...args) { return ${GLOBAL_NAME}.${name}(...args); }`).join('\n');
}

/** Names declared as top-level functions in a built Code.js. */
export function declaredFunctions(code) {
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((match) => match[1]).sort();
}

export async function buildServer({ entry = path.join(root, 'src/index.ts'), outDir = path.join(root, 'dist') } = {}) {
  const names = await entryExports(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    banner: { js: BANNER },
    logLevel: 'silent',
  });
  const code = `${result.outputFiles[0].text}\n${topLevelDeclarations(names)}\n`;
  const declared = declaredFunctions(code);
  const missing = names.filter((name) => !declared.includes(name));
  if (missing.length > 0) {
    throw new Error(`dist/Code.js lacks top-level declarations for: ${missing.join(', ')}`);
  }
  await writeFile(path.join(outDir, 'Code.js'), code);
  return { names, bytes: Buffer.byteLength(code) };
}

/**
 * A sidebar page is sidebar/pages/NAME.html with NAME.ts (and optionally NAME.css) beside it.
 * Apps Script serves one file per page, so script and style are inlined. The page is served as
 * plain HTML, not a template: a `<?` in the bundle would otherwise be read as a scriptlet.
 */
export async function buildSidebarPages({ pagesDir = path.join(root, 'sidebar/pages'), outDir = path.join(root, 'dist') } = {}) {
  if (!existsSync(pagesDir)) return [];
  const pages = (await readdir(pagesDir)).filter((file) => file.endsWith('.html'));
  const built = [];
  for (const file of pages) {
    const name = file.slice(0, -'.html'.length);
    let html = await readFile(path.join(pagesDir, file), 'utf8');
    const script = path.join(pagesDir, `${name}.ts`);
    if (existsSync(script)) {
      const result = await build({
        entryPoints: [script],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        write: false,
        logLevel: 'silent',
      });
      const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      html = replaceMarker(html, '<!-- @script -->', `<script>${js}</script>`, file);
    }
    const style = path.join(pagesDir, `${name}.css`);
    if (existsSync(style)) {
      // Bundled, so a page may @import the styles another page already has instead of copying them.
      const bundled = await build({ entryPoints: [style], bundle: true, write: false, logLevel: 'silent' });
      const css = bundled.outputFiles[0].text;
      html = replaceMarker(html, '<!-- @style -->', `<style>${css}</style>`, file);
    }
    if (html.includes('<?')) throw new Error(`${file}: the built page contains "<?", which HtmlService would treat as a scriptlet.`);
    await writeFile(path.join(outDir, file), html);
    built.push({ file, bytes: Buffer.byteLength(html) });
  }
  return built;
}

function replaceMarker(html, marker, replacement, file) {
  if (!html.includes(marker))
    throw new Error(`${file} has no ${marker} marker for its inlined ${marker.includes('script') ? 'script' : 'style'}.`);
  // A function replacement, so `$&` and friends in the bundle are not treated as patterns.
  return html.replace(marker, () => replacement);
}

export async function buildAll({ quiet = false } = {}) {
  const outDir = path.join(root, 'dist');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const server = await buildServer({ outDir });
  const pages = await buildSidebarPages({ outDir });
  await copyFile(path.join(root, 'appsscript.json'), path.join(outDir, 'appsscript.json'));
  if (!quiet) {
    console.log(`dist/Code.js  ${(server.bytes / 1024).toFixed(1)} KiB  entry points: ${server.names.join(', ')}`);
    for (const page of pages) console.log(`dist/${page.file}  ${(page.bytes / 1024).toFixed(1)} KiB`);
    console.log('dist/appsscript.json');
  }
  return { server, pages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAll({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(`Build failed: ${error.message}`);
    process.exit(1);
  });
}
