// Tests of a deal table's outcome: unknown stage labels reported with examples, won/closed flags filling in the stage.
import { describeIssue } from '../../src/model/describe-issue';
import { parseTable } from '../../src/model/parse-table';
import { distinctStageLabels } from '../../src/model/stage-column';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { STAGE_LOST, STAGE_OPEN, STAGE_UNKNOWN, STAGE_WON, type Table } from '../../src/model/table';

const stages = (t: Table) => Array.from(t.columns.stage?.values as Uint8Array);
const issue = (t: Table, kind: string) => t.issues.find((i) => i.kind === kind);

describe('a stage column with labels known nowhere', () => {
  const sheet = [
    ['Stage', 'Amount'],
    ['Closed Won', 10],
    ['Stage 7', 20],
    ['Прочее', 30],
    ['Stage 7', 40],
    ['', 50],
    ['Prospecting', 60],
  ];
  const t = parseTable('deals', 'Export', sheet, { stage: 0, amount: 1 }, { headerRow: 1, settings: DEFAULT_SETTINGS });

  it('leaves them out of won, lost and open', () => {
    expect(stages(t)).toEqual([STAGE_WON, STAGE_UNKNOWN, STAGE_UNKNOWN, STAGE_UNKNOWN, STAGE_OPEN, STAGE_OPEN]);
  });

  it('reports them with their count, the most frequent examples, the sheet, column and rows', () => {
    const found = issue(t, 'unknown_stage');
    expect(found).toMatchObject({ sheet: 'Export', field: 'stage', header: 'Stage', count: 3, rows: [3, 4, 5], blocking: true });
    expect(found?.detail).toBe('“Stage 7” (2), “Прочее” (1)');
    expect(describeIssue(found!, 'en')).toContain('3 unrecognised stages (“Stage 7” (2), “Прочее” (1))');
    expect(describeIssue(found!, 'fr')).toContain('3 étapes non reconnues');
  });

  it('reports nothing once the workbook says what they mean', () => {
    const settings = { ...DEFAULT_SETTINGS, lostLabels: ['Прочее'], openLabels: ['Stage 7'] };
    const known = parseTable('deals', 'Export', sheet, { stage: 0, amount: 1 }, { headerRow: 1, settings });
    expect(stages(known)).toEqual([STAGE_WON, STAGE_OPEN, STAGE_LOST, STAGE_OPEN, STAGE_OPEN, STAGE_OPEN]);
    expect(issue(known, 'unknown_stage')).toBeUndefined();
  });
});

describe('won and closed flags (Salesforce IsWon/IsClosed, Bitrix24 CLOSED)', () => {
  it('make the outcome when no stage column is mapped', () => {
    const sheet = [
      ['IsWon', 'IsClosed', 'Amount'],
      ['true', 'true', 10],
      ['false', 'true', 20],
      ['false', 'false', 30],
      [true, true, 40],
    ];
    const t = parseTable('deals', 'Opportunity', sheet, { is_won: 0, is_closed: 1, amount: 2 }, { headerRow: 1, settings: DEFAULT_SETTINGS });
    expect(stages(t)).toEqual([STAGE_WON, STAGE_LOST, STAGE_OPEN, STAGE_WON]);
    expect(t.columns.stage?.header).toBe('IsWon');
    expect(t.issues).toEqual([]);
  });

  it('say when they cannot tell lost from open (a won flag alone)', () => {
    const t = parseTable('deals', 'Opp', [['IsWon'], ['Y'], ['N']], { is_won: 0 }, { headerRow: 1, settings: DEFAULT_SETTINGS });
    expect(stages(t)).toEqual([STAGE_WON, STAGE_UNKNOWN]);
    expect(issue(t, 'unknown_stage')).toMatchObject({ field: 'stage', header: 'IsWon', count: 1, rows: [3], detail: '“IsWon = N” (1)' });
  });

  it('resolve the labels the vocabulary does not know, and flag a contradiction while keeping the stage', () => {
    const sheet = [
      ['STAGE_ID', 'CLOSED', 'OPPORTUNITY'],
      ['C3:UC_4KJ2', 'Y', 10],
      ['C3:UC_4KJ2', 'N', 20],
      ['WON', 'N', 30],
    ];
    const t = parseTable('deals', 'Bitrix', sheet, { stage: 0, is_closed: 1, amount: 2 }, { headerRow: 1, settings: DEFAULT_SETTINGS });
    // Closed without a won flag cannot tell won from lost: the first row stays unknown; the second is open.
    expect(stages(t)).toEqual([STAGE_UNKNOWN, STAGE_OPEN, STAGE_WON]);
    expect(issue(t, 'unknown_stage')).toMatchObject({ count: 1, rows: [2] });
    expect(issue(t, 'stage_flag_conflict')).toMatchObject({ count: 1, rows: [4], blocking: false, detail: '“WON” (1)' });
  });

  it('are read with the stage when a function parses only the fields it needs', () => {
    const sheet = [['IsWon', 'IsClosed'], ['1', '1'], ['0', '1']];
    const t = parseTable('deals', '', sheet, { is_won: 0, is_closed: 1 }, { headerRow: 1, settings: DEFAULT_SETTINGS, only: new Set(['stage']) });
    expect(stages(t)).toEqual([STAGE_WON, STAGE_LOST]);
  });
});

describe('distinctStageLabels', () => {
  it('lists the labels of a column, most frequent first, trimmed, blanks left out', () => {
    expect(distinctStageLabels(['Won', ' Lost', 'Won', '', 'Lost ', 'Open', 3])).toEqual([
      { label: 'Lost', rows: 2 },
      { label: 'Won', rows: 2 },
      { label: '3', rows: 1 },
      { label: 'Open', rows: 1 },
    ]);
  });
});
