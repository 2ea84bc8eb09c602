// The page's files, built once at server start: the page script and the google.script shim are bundled
// with esbuild (plain TypeScript, no framework), the HTML and CSS served as they are.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const CLIENT_DIR = path.join(__dirname, 'client');

export interface StaticAssets {
  html: string;
  css: string;
  script: string;
  /** Runs first in every sidebar and dialog page: google.script.run and google.script.host. */
  shim: string;
}

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [path.join(CLIENT_DIR, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function buildStaticAssets(): StaticAssets {
  return {
    html: readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8'),
    css: readFileSync(path.join(CLIENT_DIR, 'styles.css'), 'utf8'),
    script: bundle('main.ts'),
    shim: bundle('script-shim.ts'),
  };
}

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The add-on's HTML with the shim put first in <head>, as Google serves its own client library before
 * the page's scripts. The shim learns which server functions exist, like google.script.run does.
 */
export function withScriptShim(html: string, shim: string, functionNames: readonly string[]): string {
  const tag = `<script>window.__workbenchServerFunctions=${scriptJson(functionNames)};</script><script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + tag + html.slice(doctype[0].length) : tag + html;
}
