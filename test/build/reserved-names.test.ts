// The build refuses a custom-function name that Sheets or Excel already uses (or that Apps Script keeps private).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createRuntime } from '../../scripts/runtime';

const ROOT = join(__dirname, '..', '..');

/** Runs the build's own check (an ES module) in a child Node process on the given names. */
function refused(names: readonly string[]): string[] {
  const code = `import { refusedCustomFunctionNames } from './scripts/build/reserved-names.mjs';
    console.log(JSON.stringify(refusedCustomFunctionNames(${JSON.stringify(names)})));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return JSON.parse(out) as string[];
}

function customFunctionNames(): string[] {
  const rt = createRuntime().load(join(ROOT, 'dist', 'Code.js'));
  const specs = rt.global<{ customFunctionSpecs_: () => { name: string }[] }>('SalesKpi').customFunctionSpecs_();
  return specs.map((s) => s.name);
}

describe('custom function names', () => {
  it('refuses the names of Sheets and Excel functions, whatever their case, and private names', () => {
    expect(refused(['GROWTH', 'query', 'FILTER', 'SUM', 'SPARKLINE', 'IMPORTRANGE', 'GOOGLEFINANCE', 'ARRAYFORMULA', 'LAMBDA', 'BYROW', 'TREND', 'HELPER_', 'CAC', 'SALES_GROWTH'])).toEqual([
      'GROWTH', 'query', 'FILTER', 'SUM', 'SPARKLINE', 'IMPORTRANGE', 'GOOGLEFINANCE', 'ARRAYFORMULA', 'LAMBDA', 'BYROW', 'TREND', 'HELPER_',
    ]);
  });

  it('accepts every custom function of the built bundle (growth is SALES_GROWTH)', () => {
    const names = customFunctionNames();
    expect(names).toContain('SALES_GROWTH');
    expect(names).not.toContain('GROWTH');
    expect(names.length).toBeGreaterThan(20);
    expect(refused(names)).toEqual([]);
  });
});
