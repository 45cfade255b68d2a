// End-to-end on the built bundle: generate, regenerate, user tabs left alone, all-or-nothing, constant call count.

import { type Runtime, snapshotWorkbook, type SheetModel, type Workbook } from '../../scripts/runtime';
import { manyDeals, setup, sheetNames } from './bundle-fixture';
import { HOSTILE } from './fixtures';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

function tab(workbook: Workbook, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name} in ${sheetNames(workbook).join(', ')}`);
  return sheet;
}

function findCell(sheet: SheetModel, text: string): [number, number] {
  for (let r = 0; r < sheet.values.length; r++) {
    const c = sheet.values[r].indexOf(text);
    if (c >= 0) return [r, c];
  }
  throw new Error(`${text} not on ${sheet.name}`);
}

/** Makes the next chart built fail as a Google service error would, half-way through writing a tab. */
function breakChartsService(runtime: Runtime): void {
  const context = (runtime as unknown as { realm: { context: Record<string, unknown> } }).realm.context;
  context.Charts = {
    get ChartType(): never {
      throw new Error('Service Spreadsheets failed while accessing document');
    },
  };
}

describeBuilt('generating a monthly dashboard in the local runtime', () => {
  test('last month’s tab holds values, tiles, charts, a warning-only protection and its metadata', () => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    expect(sheetNames(workbook)).toEqual(['KPI March 2024', 'Deals', 'Targets']);
    const sheet = tab(workbook, 'KPI March 2024');
    expect(sheet.values[0][1]).toBe('Sales dashboard — March 2024');
    const [r, c] = findCell(sheet, 'Revenue');
    expect(sheet.values[r + 1][c]).toBe(4000);
    expect(sheet.numberFormats[r + 1][c]).toBe('[$€]#,##0');
    // The only formulas: sparklines over the tab's own cells (no tab name, one range argument).
    const formulas = sheet.formulas.flat().filter((f) => f !== '');
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^=SPARKLINE\([A-Z]+\d+:[A-Z]+\d+\)$/);
    expect(sheet.protections).toHaveLength(1);
    expect(sheet.protections[0].warningOnly).toBe(true);
    expect(sheet.metadata.map((m) => [m.key, m.visibility])).toEqual([['com.sales-kpi.addon/dashboard-tab', 'DOCUMENT']]);
    expect(JSON.parse(String(sheet.metadata[0].value))).toEqual({ month: '2024-03', version: 1, generatedAt: '2024-04-02 08:00', name: 'KPI March 2024' });
    expect(sheet.charts.map((chart) => [chart.type, chart.options.title])).toEqual([
      ['COMBO', 'Monthly revenue and target'],
      ['LINE', 'Win rate'],
      ['BAR', 'Pipeline by stage (open, weighted)'],
      ['BAR', 'Reps leaderboard (revenue)'],
    ]);
    expect(sheet.charts[0].options.series).toEqual({ 0: { type: 'bars' }, 1: { type: 'line' } });
    expect(sheet.hiddenGridlines).toBe(true);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.merges).toEqual([]);
    expect(runtime.ui.toasts.map((t) => t.message)).toEqual(['Reading the data…', 'Tab “KPI March 2024” is ready.']);
  });

  test('a lost reason written like a formula is stored as text, not as a formula', () => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    const sheet = tab(workbook, 'KPI March 2024');
    const [r, c] = findCell(sheet, HOSTILE);
    expect(sheet.formulas[r][c]).toBe('');
  });

  test('regenerating replaces the same tab with the same values and leaves one tab per month', () => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    const first = snapshotWorkbook(workbook).sheets.find((s) => s.name === 'KPI March 2024');
    runtime.call('generateLastMonthDashboard');
    expect(sheetNames(workbook)).toEqual(['KPI March 2024', 'Deals', 'Targets']);
    const second = tab(workbook, 'KPI March 2024');
    expect(second.values).toEqual(first?.values);
    expect(second.numberFormats).toEqual(first?.numberFormats);
    expect(second.charts.length).toBe(first?.charts.length);
  });

  test('a tab the user named “KPI March 2024” is never touched: ours becomes “KPI March 2024 (2)”, and stays so', () => {
    const { runtime, workbook } = setup({ extra: { 'KPI March 2024': [['my notes', '=SUM(1,2)']] } });
    const mine = snapshotWorkbook(workbook).sheets[2];
    runtime.call('generateLastMonthDashboard');
    runtime.call('generateLastMonthDashboard');
    expect(sheetNames(workbook)).toEqual(['KPI March 2024 (2)', 'Deals', 'Targets', 'KPI March 2024']);
    expect(tab(workbook, 'KPI March 2024')).toEqual(mine);
  });

  test('a dashboard the user renamed is kept as it is and a new tab is made for the month', () => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    tab(workbook, 'KPI March 2024').name = 'March for the board';
    const renamed = snapshotWorkbook(workbook).sheets[0];
    runtime.call('generateLastMonthDashboard');
    expect(sheetNames(workbook)).toEqual(['March for the board', 'KPI March 2024', 'Deals', 'Targets']);
    expect(tab(workbook, 'March for the board')).toEqual(renamed);
  });

  test('an error in the middle of writing leaves the workbook exactly as before, with a clear message', () => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    const before = snapshotWorkbook(workbook);
    breakChartsService(runtime);
    runtime.call('generateLastMonthDashboard');
    expect(workbook).toEqual(before);
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([
      'The dashboard could not be generated; the spreadsheet is unchanged. Cause: Service Spreadsheets failed while accessing document',
    ]);
    const log = JSON.parse(String(runtime.state.properties.document.get('salesKpi.runLog')));
    expect(log.map((e: { outcome: string }) => e.outcome)).toEqual(['ok', 'error']);
  });

  test('an error while writing a new month’s tab deletes it: the workbook is exactly as before', () => {
    const { runtime, workbook } = setup();
    const before = snapshotWorkbook(workbook);
    breakChartsService(runtime);
    runtime.call('generateLastMonthDashboard');
    expect(workbook).toEqual(before);
    expect(runtime.ui.alerts).toHaveLength(1);
  });

  test('a mapped sheet emptied since the mapping is read as no rows: the tab is made and names the missing columns', () => {
    const { runtime, workbook } = setup({ extra: { Targets: [] } });
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    const texts = tab(workbook, 'KPI March 2024').values.flat().map(String);
    expect(texts.some((t) => t.includes('Targets') && t.includes('target'))).toBe(true);
  });

  test('the number of service calls is the same for 1,000 and 100,000 deals', () => {
    const counts = [1000, 100000].map((n) => {
      const { runtime, workbook } = setup({ deals: manyDeals(n) });
      runtime.calls.reset();
      runtime.call('generateLastMonthDashboard');
      expect(sheetNames(workbook)).toContain('KPI March 2024');
      return runtime.calls.byMethod;
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]['Sheet.getSheetValues']).toBe(2);
    expect(counts[0]['Range.getValues']).toBeUndefined();
    expect(counts[0]['Range.setValues']).toBe(1);
  });

  test('in French the tab is “KPI mars 2024” with French labels and formats', () => {
    const { runtime, workbook } = setup({ locale: 'fr_FR' });
    runtime.call('generateLastMonthDashboard');
    const sheet = tab(workbook, 'KPI mars 2024');
    expect(sheet.values[0][1]).toBe('Tableau de bord commercial — mars 2024');
    const [r, c] = findCell(sheet, 'Chiffre d’affaires');
    expect(sheet.numberFormats[r + 1][c]).toBe('#,##0 [$€]');
    expect(runtime.ui.toasts[1].message).toBe('Onglet « KPI mars 2024 » prêt.');
  });
});
