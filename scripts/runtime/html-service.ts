// The local HtmlService: outputs from files or strings, and templates with <?= ?>, <?!= ?> and <? ?> scriptlets.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceContext } from './service-context';

type GasOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasTemplate = GoogleAppsScript.HTML.HtmlTemplate;

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class HtmlOutput
  implements Pick<GasOutput, 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'setSandboxMode' | 'addMetaTag' | 'setXFrameOptionsMode' | 'setFaviconUrl'>
{
  title = '';
  width: number | null = null;
  height: number | null = null;
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  metaTags: { name: string; content: string }[] = [];

  constructor(public content: string) {}

  private _self(): GasOutput {
    return this as unknown as GasOutput;
  }
  setTitle(title: string): GasOutput {
    this.title = String(title);
    return this._self();
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): GasOutput {
    this.width = width;
    return this._self();
  }
  getWidth(): number {
    return this.width ?? 300;
  }
  setHeight(height: number): GasOutput {
    this.height = height;
    return this._self();
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GasOutput {
    this.content = String(content);
    return this._self();
  }
  append(addedContent: string): GasOutput {
    this.content += String(addedContent);
    return this._self();
  }
  appendUntrusted(addedContent: string): GasOutput {
    this.content += escapeHtml(addedContent);
    return this._self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasOutput {
    this.sandboxMode = String(mode);
    return this._self();
  }
  addMetaTag(name: string, content: string): GasOutput {
    this.metaTags.push({ name, content });
    return this._self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasOutput {
    this.xFrameOptionsMode = String(mode);
    return this._self();
  }
  setFaviconUrl(_iconUrl: string): GasOutput {
    return this._self();
  }
}

/** Compiles a template to a function body that pushes text into `__out`; scriptlets run in the script realm. */
export function compileTemplate(source: string): string {
  let code = '';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(${m[2].trim()}));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2].trim()}));\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  code += `__out.push(${JSON.stringify(source.slice(last))});\n`;
  return code;
}

export class HtmlTemplate implements Pick<GasTemplate, 'evaluate' | 'getRawContent' | 'getCode'> {
  constructor(
    private readonly _ctx: ServiceContext,
    private readonly _source: string,
  ) {}

  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  evaluate(): GasOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('_')) data[key] = (this as Record<string, unknown>)[key];
    const run = this._ctx.evalInScript(
      `(function (__data, __escape) { var __out = []; with (__data) {\n${this.getCode()}} return __out.join(''); })`,
    ) as (data: object, escapeText: (v: unknown) => string) => string;
    return htmlOutputObject(this._ctx, run(data, escapeHtml));
  }
}

export function htmlOutputObject(ctx: ServiceContext, content: string): GasOutput {
  return ctx.wrap(new HtmlOutput(content), 'HtmlOutput') as unknown as GasOutput;
}

export class HtmlServiceImpl
  implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'>
{
  readonly SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
  readonly XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

  constructor(private readonly ctx: ServiceContext) {}

  private _file(name: string): string {
    const file = name.endsWith('.html') ? name : `${name}.html`;
    try {
      return readFileSync(join(this.ctx.settings.distDir, file), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${name} was found.`);
    }
  }
  createHtmlOutput(html?: unknown): GasOutput {
    return htmlOutputObject(this.ctx, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): GasOutput {
    return htmlOutputObject(this.ctx, this._file(filename));
  }
  createTemplate(html: unknown): GasTemplate {
    return this.ctx.wrap(new HtmlTemplate(this.ctx, String(html)), 'HtmlTemplate') as unknown as GasTemplate;
  }
  createTemplateFromFile(filename: string): GasTemplate {
    return this.createTemplate(this._file(filename));
  }
}
