// Build: bundles src/ into dist/Code.js (ES2019 IIFE + generated top-level declarations), the sidebar HTML and the docs.

import { mkdirSync, readFileSync, renameSync, writeFileSync as writeInPlace, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { renderDeclarations, renderFunctionsDoc } from './build/declarations.mjs';
import { refusedCustomFunctionNames } from './build/reserved-names.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Editions: the default add-on; `--edition bigquery` (Connected Sheets; adds bigquery.readonly); `--edition digest`
 * (the e-mail digest; adds script.send_mail and userinfo.email); `--edition full` (both). Each is built into its own
 * folder with its own manifest, so that the default build never asks for more.
 */
/** The scopes editions add, shared with the code that checks them (src/gas/authorization.ts). */
const SCOPE = JSON.parse(readFileSync(join(root, 'src/gas/optional-scopes.json'), 'utf8'));
const EDITIONS = {
  default: { entry: 'src/main.ts', dist: 'dist', scopes: [] },
  bigquery: { entry: 'src/main-bigquery.ts', dist: 'dist-bigquery', scopes: [SCOPE.bigQuery] },
  digest: { entry: 'src/main-digest.ts', dist: 'dist-digest', scopes: [SCOPE.sendMail, SCOPE.email] },
  full: { entry: 'src/main-full.ts', dist: 'dist-full', scopes: [SCOPE.bigQuery, SCOPE.sendMail, SCOPE.email] },
};
const editionArg = process.argv.find((a) => a.startsWith('--edition'));
const editionName = editionArg ? (editionArg.includes('=') ? editionArg.split('=')[1] : process.argv[process.argv.indexOf(editionArg) + 1]) : 'default';
const edition = EDITIONS[editionName];
if (!edition) throw new Error(`build: unknown edition ${editionName} (default, bigquery)`);
const dist = join(root, edition.dist);
mkdirSync(dist, { recursive: true });

/** Writes through a temporary file and a rename: a test loading the bundle while another rebuilds it never reads half a file. */
function writeFileSync(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeInPlace(temporary, content);
  renameSync(temporary, file);
}

const GLOBAL = 'SalesKpi';

/** Bundles the server code as one IIFE assigned to a global; comments are dropped, so declarations are generated. */
function bundleServer() {
  const result = buildSync({
    entryPoints: [join(root, edition.entry)],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Evaluates the bundle in an empty context to list its entry points and custom-function specs (no service is called). */
function inspectBundle(code) {
  const context = vm.createContext({ console });
  vm.runInContext(`${code}\n;this.__api = ${GLOBAL};`, context);
  const api = context.__api;
  const entryPoints = Object.keys(api).filter((name) => typeof api[name] === 'function').sort();
  const specs = typeof api.customFunctionSpecs_ === 'function' ? api.customFunctionSpecs_() : [];
  return { entryPoints, specs: JSON.parse(JSON.stringify(specs)) };
}

function bundleSidebar() {
  const template = join(root, 'src/sidebar/sidebar.html');
  const entry = join(root, 'src/sidebar/client/main.ts');
  if (!existsSync(template) || !existsSync(entry)) return false;
  const script = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    logLevel: 'warning',
  }).outputFiles[0].text;
  const stylePath = join(root, 'src/sidebar/client/style.css');
  const style = existsSync(stylePath) ? readFileSync(stylePath, 'utf8') : '';
  const html = readFileSync(template, 'utf8')
    .replace('<!-- INLINE_STYLE -->', () => `<style>\n${style}</style>`)
    .replace('<!-- INLINE_SCRIPT -->', () => `<script>\n${script.replace(/<\/script/gi, '<\\/script')}</script>`);
  writeFileSync(join(dist, 'Sidebar.html'), html);
  return true;
}

const bundle = bundleServer();
const { entryPoints, specs } = inspectBundle(bundle);
const refused = refusedCustomFunctionNames(specs.map((s) => s.name));
if (refused.length > 0) {
  // Sheets runs its own function for a built-in's name, and never calls a name ending with `_`: refuse to build.
  console.error(`build: custom function names taken by Sheets/Excel built-ins or private: ${refused.join(', ')}`);
  process.exit(1);
}
const code = `${bundle}\n${renderDeclarations(GLOBAL, entryPoints, specs)}`;
writeFileSync(join(dist, 'Code.js'), code);
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
manifest.oauthScopes = [...new Set([...manifest.oauthScopes, ...edition.scopes])];
writeFileSync(join(dist, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const sidebar = bundleSidebar();
if (specs.length > 0 && editionName === 'default') writeFileSync(join(root, 'docs/functions.md'), renderFunctionsDoc(specs));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `build: ${edition.dist}/Code.js ${kb(Buffer.byteLength(code))}, ${entryPoints.length} entry points, ${specs.length} custom functions` +
    (sidebar ? ', dist/Sidebar.html' : ''),
);
