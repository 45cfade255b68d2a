// End-to-end on the built bundle: Russian, Greek, Arabic, Chinese and Turkish stage labels, owners, lost reasons and
// sheet names survive into the dashboard tab and the KPI export; an unknown label is reported, not counted as open.

import { createRuntime, type SheetModel, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, CONFIG_VERSION, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { KpiExport } from '../../src/sample/kpi-export';
import { BUNDLE, NOW } from './bundle-fixture';

interface Language {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Won, lost, open and an unknown label, in this order. */
  readonly stages: readonly [string, string, string, string];
  readonly owners: readonly [string, string];
  readonly reasons: readonly [string, string];
}

const LANGUAGES: readonly Language[] = [
  {
    name: 'Russian (Bitrix24)',
    sheet: 'Сделки',
    headers: ['ID', 'Дата создания', 'Дата закрытия', 'Стадия сделки', 'Сумма', 'Ответственный', 'Причина провала'],
    stages: ['Сделка успешна', 'Сделка провалена', 'В работе', 'Ожидание оплаты'],
    owners: ['Иван Петров', 'Мария Смирнова'],
    reasons: ['Дорого', 'Выбрали конкурента'],
  },
  {
    name: 'Greek',
    sheet: 'Ευκαιρίες',
    headers: ['ID', 'Ημερομηνία δημιουργίας', 'Ημερομηνία κλεισίματος', 'Στάδιο', 'Ποσό', 'Υπεύθυνος', 'Λόγος απώλειας'],
    stages: ['Κερδισμένη', 'Χαμένη', 'Σε εξέλιξη', 'Σε αναμονή'],
    owners: ['Γιώργος Παπαδόπουλος', 'Ελένη Νικολάου'],
    reasons: ['Τιμή', 'Ανταγωνιστής'],
  },
  {
    name: 'Arabic',
    sheet: 'الصفقات',
    headers: ['ID', 'تاريخ الإنشاء', 'تاريخ الإغلاق', 'المرحلة', 'المبلغ', 'المسؤول', 'سبب الخسارة'],
    stages: ['مكسوبة', 'خاسرة', 'قيد التنفيذ', 'معلقة'],
    owners: ['أحمد علي', 'فاطمة حسن'],
    reasons: ['السعر', 'المنافس'],
  },
  {
    name: 'Chinese',
    sheet: '商机',
    headers: ['ID', '创建日期', '成交日期', '阶段', '金额', '负责人', '输单原因'],
    stages: ['赢单', '输单', '谈判', '暂停'],
    owners: ['王伟', '李娜'],
    reasons: ['价格太高', '选择了竞争对手'],
  },
  {
    name: 'Turkish',
    sheet: 'Fırsatlar',
    headers: ['ID', 'Oluşturma tarihi', 'Kapanış tarihi', 'Aşama', 'Tutar', 'Sorumlu', 'Kayıp nedeni'],
    stages: ['Kazanıldı', 'Kaybedildi', 'Teklif', 'Beklemede'],
    owners: ['Ayşe Yılmaz', 'İbrahim Çelik'],
    reasons: ['Fiyat', 'Rakip'],
  },
];

const day = (d: number) => new Date(Date.UTC(2024, 2, d, 11));

/** Six deals of March 2024: two won (1,000 and 2,000), two lost with reasons, one open, one with an unknown stage. */
function rows(l: Language): unknown[][] {
  const [won, lost, open, unknown] = l.stages;
  const [a, b] = l.owners;
  return [
    [...l.headers],
    ['D1', day(1), day(5), won, 1000, a, ''],
    ['D2', day(2), day(9), won, 2000, b, ''],
    ['D3', day(3), day(12), lost, 500, a, l.reasons[0]],
    ['D4', day(4), day(15), lost, 700, b, l.reasons[1]],
    ['D5', day(5), '', open, 300, a, ''],
    ['D6', day(6), day(20), unknown, 400, b, ''],
  ];
}

/** The built bundle on a workbook holding the language's deals sheet, its mapping saved as the sidebar would. */
function mapped(l: Language) {
  const workbook = workbookFromArrays({ [l.sheet]: rows(l) as never }, { locale: 'en_US', timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, now: NOW, userLocale: 'en' }).load(BUNDLE);
  const fields = ['id', 'created', 'closed', 'stage', 'amount', 'owner', 'lost_reason'];
  const mapping = { sheet: l.sheet, headerRow: 1, fields: Object.fromEntries(fields.map((f, i) => [f, l.headers[i]])) };
  const config: SavedConfig = { version: CONFIG_VERSION, entities: { deals: mapping }, settings: { ...DEFAULT_SETTINGS, locale: 'en_US' } };
  runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
  return { workbook, runtime };
}

function run(l: Language) {
  const { workbook, runtime } = mapped(l);
  const exported = runtime.call<KpiExport>('exportKpis_', '2024-03');
  runtime.call('generateDashboardsFor_', ['2024-03']);
  const tab = workbook.sheets.find((s) => s.name === 'KPI 2024-03' || s.name === 'KPI March 2024' || s.name === 'KPI mars 2024');
  if (!tab) throw new Error(`no dashboard tab among ${workbook.sheets.map((s) => s.name).join(', ')}`);
  return { exported, tab };
}

const cellsOf = (sheet: SheetModel) => sheet.values.flat().filter((v): v is string => typeof v === 'string');
const team = (e: KpiExport, id: string) => e.kpis.find((k) => k.id === id && k.period === '2024-03' && k.segment === null)?.value;
const perRep = (e: KpiExport, id: string, owner: string) => e.kpis.find((k) => k.id === id && k.segment?.value === owner)?.value;

describe.each(LANGUAGES)('a deals sheet in $name', (l) => {
  const { exported, tab } = run(l);
  const cells = cellsOf(tab);
  const text = cells.join('\n');

  it('reads its won and lost labels: revenue, deals won and lost, win rate', () => {
    expect(team(exported, 'revenue')).toBe(3000);
    expect(team(exported, 'deals_won')).toBe(2);
    expect(team(exported, 'deals_lost')).toBe(2);
    expect(team(exported, 'win_rate')).toBeCloseTo(0.5, 10);
  });

  it('keeps the owners apart in the export and in the per-rep table of the tab', () => {
    expect(perRep(exported, 'revenue', l.owners[0])).toBe(1000);
    expect(perRep(exported, 'revenue', l.owners[1])).toBe(2000);
    for (const owner of l.owners) expect(cells).toContain(owner);
  });

  it('shows the lost reasons as written', () => {
    for (const reason of l.reasons) expect(cells).toContain(reason);
  });

  it('names the sheet in the tab and in the export', () => {
    expect(text).toContain(l.sheet);
    expect(exported.dataQuality.tables.map((t) => t.sheet)).toEqual([l.sheet]);
  });

  it('reports the unknown stage label with its count instead of counting it as open', () => {
    const issue = exported.dataQuality.tables[0].issues.find((i) => i.kind === 'unknown_stage');
    expect(issue).toMatchObject({ field: 'stage', header: l.headers[3], count: 1, rows: [7], blocking: true });
    expect(issue?.detail).toContain(l.stages[3]);
    expect(text).toContain(`1 unrecognised stage (“${l.stages[3]}” (1))`);
    expect(text).not.toContain('No issue found');
  });
});

describe('custom functions on a Chinese deals range', () => {
  const chinese = LANGUAGES.find((l) => l.name === 'Chinese')!;
  const { runtime } = mapped(chinese);
  const known = rows(chinese).slice(0, -1);

  it('read the labels and segment by an owner written in Chinese', () => {
    expect(runtime.callCustomFunction<number>('WIN_RATE', known, '2024-03')).toBeCloseTo(0.5, 10);
    expect(runtime.callCustomFunction<number>('REVENUE', known, '2024-03', 'owner', '李娜')).toBe(2000);
  });

  it('refuse a range with an unknown stage label, naming it, its column and row', () => {
    expect(() => runtime.callCustomFunction('WIN_RATE', rows(chinese), '2024-03')).toThrow(/阶段.*1 unrecognised stage \(“暂停” \(1\)\).*row 7/);
  });
});
