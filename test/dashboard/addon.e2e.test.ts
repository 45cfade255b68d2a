// End-to-end on the built bundle: the menu in both languages, a typed month, refresh all, the schedule, the lock.

import { createRuntime, snapshotWorkbook } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY } from '../../src/model/config';
import { runLog } from '../reliability/runtime-fixture';
import { BUNDLE, setup, sheetNames } from './bundle-fixture';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;
const BUSY_EN =
  'A dashboard is already being generated in this spreadsheet (by you, a teammate or the schedule). Try again in a minute.';


describeBuilt('the add-on menu and schedule in the local runtime', () => {
  test('onOpen in AuthMode.NONE builds the add-on menu in the user’s language without reading the spreadsheet', () => {
    const { runtime } = setup({ locale: 'en_US' });
    const french = createRuntime({ workbook: runtime.workbook, userLocale: 'fr' }).load(BUNDLE);
    french.callWithAuthMode('NONE', 'onOpen', { authMode: 'NONE' });
    expect(french.ui.menuCaptions()).toEqual([
      {
        title: 'Sales KPI',
        items: [
          'Associer les colonnes',
          '---',
          'Générer le tableau de bord du mois dernier',
          'Générer le tableau de bord d’un mois…',
          'Actualiser tous les tableaux de bord',
          'Planifier le tableau de bord mensuel (activer/désactiver)',
          'État de la planification',
          '---',
          'Insérer des données d’exemple',
          'Aide',
        ],
      },
    ]);
    expect(french.calls.byMethod['Spreadsheet.getSpreadsheetLocale']).toBeUndefined();
  });

  test('once authorised, onInstall builds the menu in the spreadsheet’s language and points at the entry points', () => {
    const { runtime } = setup({ locale: 'en_US' });
    runtime.call('onInstall', { authMode: 'FULL' });
    const items = runtime.ui.menus[0].items.flatMap((i) => (i.kind === 'item' ? [[i.caption, i.functionName]] : []));
    expect(items[1]).toEqual(['Generate dashboard for last month', 'generateLastMonthDashboard']);
    for (const [, name] of items) {
      if (name !== 'insertSampleData') expect(typeof runtime.global(name)).toBe('function');
    }
  });

  test('a typed month makes its tab, placed after the later month’s (newest first); a bad month is explained', () => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    runtime.ui.answer('OK', '2024-02');
    runtime.call('generateMonthDashboard');
    expect(sheetNames(workbook)).toEqual(['KPI March 2024', 'KPI February 2024', 'Deals', 'Targets']);
    runtime.ui.answer('OK', 'février');
    runtime.call('generateMonthDashboard');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual(['“février” is not a month. Type it as YYYY-MM, for example 2024-03.']);
    runtime.ui.answer('CANCEL', '2024-01');
    runtime.call('generateMonthDashboard');
    expect(sheetNames(workbook)).toHaveLength(4);
  });

  test('refresh all regenerates every dashboard of the add-on with the data as it is now', () => {
    const { runtime, workbook } = setup();
    runtime.ui.answer('OK', '2024-02');
    runtime.call('generateMonthDashboard');
    runtime.call('generateLastMonthDashboard');
    const deals = workbook.sheets.find((s) => s.name === 'Deals')!;
    deals.values[2][4] = 5000; // D2, won in March: 3000 → 5000
    runtime.calls.reset();
    runtime.call('refreshAllDashboards');
    expect(runtime.calls.byMethod['DeveloperMetadataFinder.find']).toBe(1);
    expect(sheetNames(workbook)).toEqual(['KPI March 2024', 'KPI February 2024', 'Deals', 'Targets']);
    const march = workbook.sheets[0];
    const r = march.values.findIndex((row) => row[1] === 'Revenue');
    expect(march.values[r + 1][1]).toBe(6000);
    expect(runLog(runtime).map((e) => [e.trigger, e.outcome, e.months.join(' ')])).toEqual([
      ['manual', 'ok', '2024-02'],
      ['manual', 'ok', '2024-03'],
      ['refresh', 'ok', '2024-02 2024-03'],
    ]);
  });

  test('the schedule menu item turns a monthly trigger on, then off', () => {
    const { runtime } = setup();
    runtime.call('toggleMonthlySchedule');
    expect(runtime.state.triggers).toHaveLength(1);
    expect(runtime.state.triggers[0].handlerFunction).toBe('runScheduledDashboard');
    expect(runtime.state.triggers[0].eventType).toBe('CLOCK');
    expect(runtime.state.triggers[0].schedule).toMatchObject({ monthDay: 1, hour: 6 });
    runtime.call('toggleMonthlySchedule');
    expect(runtime.state.triggers).toHaveLength(0);
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([
      'Schedule on: last month’s dashboard will be generated on the 1st of each month around 6 a.m.',
      'Schedule off.',
    ]);
  });

  test('the scheduled run makes last month’s tab quietly and logs it', () => {
    const { runtime, workbook } = setup({ locale: 'fr_FR' });
    runtime.call('runScheduledDashboard', { authMode: 'FULL' });
    expect(sheetNames(workbook)).toEqual(['KPI mars 2024', 'Deals', 'Targets']);
    expect(runtime.ui.toasts).toEqual([]);
    expect(runLog(runtime).map((e) => [e.trigger, e.outcome])).toEqual([['scheduled', 'ok']]);
  });

  test('while another execution holds the lock, a manual run says so and changes nothing; the scheduled run logs “busy”', () => {
    const { runtime, workbook } = setup();
    const other = createRuntime({ shareWith: runtime }).load(BUNDLE);
    const release = other.holdLock();
    const before = snapshotWorkbook(workbook);
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([BUSY_EN]);
    runtime.call('runScheduledDashboard');
    expect(workbook).toEqual(before);
    expect(runLog(runtime).map((e) => e.outcome)).toEqual(['busy', 'busy']);
    release();
    runtime.call('generateLastMonthDashboard');
    expect(sheetNames(workbook)).toContain('KPI March 2024');
  });

  test('without a saved mapping the user is told to map columns or insert the sample', () => {
    const { runtime, workbook } = setup({ locale: 'fr_FR' });
    runtime.state.properties.document.delete(CONFIG_PROPERTY_KEY);
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts[0].prompt).toContain('Aucune colonne n’est encore associée');
    expect(sheetNames(workbook)).toEqual(['Deals', 'Targets']);
  });

  test('help explains the add-on in the spreadsheet’s language', () => {
    const { runtime } = setup({ locale: 'fr_FR' });
    runtime.call('showSalesKpiHelp');
    expect(runtime.ui.alerts[0].title).toBe('Aide Sales KPI');
    expect(runtime.ui.alerts[0].prompt).toContain('Associer les colonnes');
  });
});
