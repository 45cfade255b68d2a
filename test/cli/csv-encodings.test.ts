// CSV exports in Latin-1, UTF-16 (with or without BOM) and UTF-8 with a BOM give the same KPIs as their UTF-8 twin.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { folderWith, type KpiRowJson, npmStart, team } from './cli-harness';

const DEALS = [
  'Référence;Créée le;Clôturée le;Étape;Montant HT;Commercial;Motif de perte;Note',
  'D1;2026-01-05;2026-03-02;Gagné;1000;Hélène;;"première ligne',
  'seconde ligne"',
  'D2;2026-01-10;2026-03-10;Perdu;2000;Zoé;Perdida por licitación;',
  'D3;2026-02-01;2026-03-15;Gagné;3000;Hélène;;',
  'D4;2026-02-03;2026-03-20;Perdu;500;Zoé;Perdida por licitación;"dit ""non"""',
  'D5;2026-02-10;2026-03-25;Négociation;700;Hélène;;',
  'D6;2026-02-15;2026-02-20;Gagné;800;Zoé;;',
].join('\r\n');

const MAPPING = JSON.stringify({
  version: 2,
  entities: {
    deals: {
      sheet: 'deals',
      headerRow: 1,
      fields: { id: 'Référence', created: 'Créée le', closed: 'Clôturée le', stage: 'Étape', amount: 'Montant HT', owner: 'Commercial', lost_reason: 'Motif de perte' },
    },
  },
  settings: { locale: 'fr_FR', timeZone: 'Europe/Paris', currency: 'EUR', fiscalYearStart: 1, wonLabels: [], lostLabels: [] },
});

const ENCODINGS: Record<string, Uint8Array> = {
  'UTF-8': Buffer.from(DEALS, 'utf8'),
  'UTF-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DEALS, 'utf8')]),
  'Latin-1 (windows-1252)': iconv.encode(DEALS, 'win1252'),
  'UTF-16LE with BOM': iconv.encode(DEALS, 'utf-16le', { addBOM: true }),
  'UTF-16BE without BOM': iconv.encode(DEALS, 'utf-16be'),
};

interface Outcome {
  kpis: KpiRowJson[];
  stdout: string;
  code: number;
}

async function run(bytes: Uint8Array): Promise<Outcome> {
  const dir = folderWith({ 'deals.csv': bytes });
  const mapping = join(dir, '..', 'mapping.json');
  writeFileSync(mapping, MAPPING);
  const out = join(dir, '..', 'out');
  const r = await npmStart([dir, '--mapping', mapping, '--month', '2026-03', '--out', out]);
  const kpis = r.code === 0 ? (JSON.parse(readFileSync(join(out, 'kpis.json'), 'utf8')).kpis as KpiRowJson[]) : [];
  return { kpis, stdout: r.stdout, code: r.code };
}

describe('npm start on a folder holding one CSV in each encoding', () => {
  const outcomes: Record<string, Outcome> = {};
  beforeAll(async () => {
    for (const [name, bytes] of Object.entries(ENCODINGS)) outcomes[name] = await run(bytes);
  }, 120000);

  it('reads the UTF-8 twin with its accents, quoted line breaks and doubled quotes', () => {
    const utf8 = outcomes['UTF-8'];
    expect(utf8.code).toBe(0);
    expect(team(utf8.kpis, 'revenue', '2026-03')).toBe(4000);
    expect(team(utf8.kpis, 'deals_won', '2026-03')).toBe(2);
    expect(team(utf8.kpis, 'deals_lost', '2026-03')).toBe(2);
    expect(team(utf8.kpis, 'win_rate', '2026-03')).toBeCloseTo(0.5, 10);
    const helene = utf8.kpis.find((k) => k.id === 'revenue' && k.segment?.value === 'Hélène');
    expect(helene?.value).toBe(4000);
  });

  it.each(Object.keys(ENCODINGS).filter((n) => n !== 'UTF-8'))('gives the same KPIs as UTF-8 when the file is %s', (name) => {
    expect(outcomes[name].code).toBe(0);
    expect(outcomes[name].kpis).toEqual(outcomes['UTF-8'].kpis);
  });

  it('says which encoding and separator each file was read with', () => {
    expect(outcomes['Latin-1 (windows-1252)'].stdout).toContain('deals.csv lu en windows-1252, séparateur ;');
    expect(outcomes['UTF-16LE with BOM'].stdout).toContain('deals.csv lu en UTF-16LE');
    expect(outcomes['UTF-16BE without BOM'].stdout).toContain('deals.csv lu en UTF-16BE');
  });
});

describe('separators and file kinds in a folder', () => {
  const rows = (sep: string) =>
    [['Ref', 'Created', 'Closed', 'Status', 'Value', 'Rep'], ['D1', '2026-01-05', '2026-03-02', 'Won', '1000', 'Ann'], ['D2', '2026-01-10', '2026-03-10', 'Lost', '2000', 'Bob']]
      .map((r) => r.join(sep))
      .join('\n');

  it.each([
    ['deals.csv', ','],
    ['deals.csv', ';'],
    ['deals.tsv', '\t'],
    ['deals.txt', '|'],
  ])('reads %s separated by %j', async (file, sep) => {
    const dir = folderWith({ [file]: rows(sep) });
    const out = join(dir, '..', 'out');
    const r = await npmStart([dir, '--out', out, '--locale', 'en_US']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const kpis = JSON.parse(readFileSync(join(out, 'kpis.json'), 'utf8')).kpis as KpiRowJson[];
    expect(team(kpis, 'revenue', '2026-03')).toBe(1000);
    expect(team(kpis, 'win_rate', '2026-03')).toBeCloseTo(0.5, 10);
  });
});
