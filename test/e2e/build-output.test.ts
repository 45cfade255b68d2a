// The built dist/ is exactly what clasp pushes: manifest, one ES2019 Code.js with generated declarations, sidebar HTML.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const dist = join(__dirname, '../../dist');
const code = () => readFileSync(join(dist, 'Code.js'), 'utf8');

describe('the built bundle', () => {
  it('declares every custom function at top level with @customfunction JSDoc and named parameters', () => {
    const source = code();
    const blocks = source.match(/\/\*\*[\s\S]*?\*\/\nfunction [A-Z_]+\([^)]*\)/g) ?? [];
    expect(blocks.length).toBeGreaterThan(30);
    for (const block of blocks) {
      expect(block).toContain('@customfunction');
      expect(block).toMatch(/@param \{[^}]+\} \w+ \S/);
      expect(block).toMatch(/function [A-Z_]+\(\w+(, \w+)*\)$/);
    }
    for (const name of ['CAC', 'CHURN', 'WIN_RATE', 'REVENUE', 'KPI', 'KPI_TABLE', 'PIPELINE_VELOCITY']) {
      expect(source).toMatch(new RegExp(`@customfunction\\n \\*\\/\\nfunction ${name}\\(`));
    }
  });

  it('declares the add-on entry points at top level', () => {
    const source = code();
    for (const name of ['onOpen', 'onInstall', 'showMappingSidebar']) {
      expect(source).toMatch(new RegExp(`\\nfunction ${name}\\(\\)`));
    }
  });

  it('evaluates its top level without any Apps Script service', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code(), context)).not.toThrow();
    expect(typeof (context as { SalesKpi?: unknown }).SalesKpi).toBe('object');
  });

  it('uses no syntax newer than ES2019', () => {
    const source = code();
    expect(source).not.toMatch(/\?\?=|\|\|=|&&=/);
    expect(source).not.toMatch(/[\w)\]]\?\.[A-Za-z_$([]/);
  });

  it('ships a manifest with V8, Stackdriver logging and only the justified scopes', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('ships the sidebar as one self-contained HTML file', () => {
    const file = join(dist, 'Sidebar.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/i);
    expect(html).not.toContain('INLINE_SCRIPT');
  });
});
