// Tests of stage labels: the built-in vocabulary in many languages and CRM codes, workbook labels, unknown labels.
import {
  builtInOutcome,
  conflictingStageLabel,
  LOST_LABELS,
  OPEN_LABELS,
  outcomeOf,
  parseStage,
  stageKey,
  stageReader,
  WON_LABELS,
} from '../../src/model/coerce-stage';
import { CONFIG_VERSION, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { STAGE_LOST, STAGE_OPEN, STAGE_UNKNOWN, STAGE_WON } from '../../src/model/table';

const stage = (v: unknown) => parseStage(v, DEFAULT_SETTINGS);
const each = (labels: readonly unknown[], expected: number) => {
  for (const label of labels) expect([label, stage(label)]).toEqual([label, expected]);
};

describe('parseStage', () => {
  it('knows won labels in French, English and CRM exports', () => {
    each(['Gagné', 'Gagnée', 'GAGNE', 'Signé', 'Won', 'Closed Won', 'closedwon', 'Closed/Won', 'closed_won', 'Conclu', 'Vendu', 'Commande', '6 - Closed Won', 'Won 100%'], STAGE_WON);
  });

  it('knows won labels of CRM codes and of many languages', () => {
    each(['WON', 'C2:WON', 'C14:WON', 'Ganada', 'Cerrada ganada', 'Gewonnen', 'Vinto', 'Chiusa vinta', 'Ganho', 'Wygrana'], STAGE_WON);
    each(['Выиграна', 'Сделка успешна', 'Κερδισμένη', 'ΚΕΡΔΙΣΜΕΝΗ', 'Kazanıldı', 'KAZANILDI', 'مكسوبة', 'صفقة رابحة', '赢单', '成交', '受注'], STAGE_WON);
  });

  it('knows lost labels in French, English and CRM exports', () => {
    each(['Perdu', 'perdue', 'Lost', 'Closed Lost', 'closedlost', 'Abandonné', 'Refusé', 'Sans suite', 'Annulé', 'LOSE', 'C2:LOSE', 'APOLOGY', 'Out-Sold'], STAGE_LOST);
  });

  it('knows lost labels of many languages', () => {
    each(['Perdida', 'Cerrada perdida', 'Verloren', 'Perso', 'Chiusa persa', 'Perdido', 'Przegrana'], STAGE_LOST);
    each(['Проиграна', 'Сделка провалена', 'Анализ причины провала', 'Χαμένη', 'Kaybedildi', 'خاسرة', 'صفقة خاسرة', '输单', '丢单', '失注'], STAGE_LOST);
  });

  it('knows the open stages of the main CRMs and languages', () => {
    each(['Prospecting', 'Qualification', 'Negotiation/Review', 'Proposal/Price Quote', 'Id. Decision Makers', 'Proposition', 'Nouveau', 'En cours', 'Négociation'], STAGE_OPEN);
    each(['appointmentscheduled', 'qualifiedtobuy', 'contractsent', 'NEW', 'PREPARATION', 'C2:PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'Engaging'], STAGE_OPEN);
    each(['Новая', 'Подготовка документов', 'Счет на предоплату', 'В работе', 'Prospección', 'Negociación/Revisión', 'Verhandlung', 'Trattativa', '谈判'], STAGE_OPEN);
  });

  it('reads blanks as open', () => {
    each(['', '  ', null, undefined], STAGE_OPEN);
  });

  it('reports any other label as unknown instead of counting it as open', () => {
    each(['Wonder', 'Stage 7', 'Closed', 'Cerrada', 'Закрыта', 42, true, '12345678'], STAGE_UNKNOWN);
  });

  it('keeps Выиграна and Проиграна apart: non-Latin letters are never dropped', () => {
    expect(stageKey('Выиграна')).not.toBe(stageKey('Проиграна'));
    expect(stage('Выиграна')).toBe(STAGE_WON);
    expect(stage('Проиграна')).toBe(STAGE_LOST);
  });

  it('adds the workbook labels, which take precedence over the built-in ones', () => {
    const read = stageReader({ wonLabels: ['Facturé', 'PO reçu'], lostLabels: ['Concurrent', 'Commande'], openLabels: ['Stage 7'] });
    expect(read('facture')).toBe(STAGE_WON);
    expect(read('PO Reçu')).toBe(STAGE_WON);
    expect(read('Concurrent')).toBe(STAGE_LOST);
    expect(read('Commande')).toBe(STAGE_LOST);
    expect(read('Gagné')).toBe(STAGE_WON);
    expect(read('Proposition')).toBe(STAGE_OPEN);
    expect(read('stage 7')).toBe(STAGE_OPEN);
  });

  it('still reads settings saved before open labels existed', () => {
    const read = stageReader({ wonLabels: ['Facturé'], lostLabels: [] });
    expect(read('Facturé')).toBe(STAGE_WON);
    expect(read('Stage 7')).toBe(STAGE_UNKNOWN);
  });
});

describe('stage labels given two outcomes', () => {
  it('are refused with a message naming the label', () => {
    const settings = { wonLabels: ['Signé', 'Lost'], lostLabels: ['lost'] };
    expect(conflictingStageLabel(settings)).toBe('lost');
    expect(() => stageReader(settings)).toThrow(/“lost”/);
    expect(conflictingStageLabel({ wonLabels: ['Won'], lostLabels: ['Lost'], openLabels: ['Won'] })).toBe('Won');
  });

  it('are not confused with labels that only look alike', () => {
    expect(conflictingStageLabel({ wonLabels: ['Выиграна'], lostLabels: ['Проиграна'] })).toBeUndefined();
  });
});

describe('the built-in vocabulary', () => {
  it('gives no label two outcomes', () => {
    const seen = new Map<string, string>();
    const lists: [string, readonly string[]][] = [['open', OPEN_LABELS], ['won', WON_LABELS], ['lost', LOST_LABELS]];
    for (const [outcome, labels] of lists) {
      for (const label of labels) {
        const key = stageKey(label);
        expect([label, key === '' ? 'blank' : 'ok']).toEqual([label, 'ok']);
        const before = seen.get(key);
        if (before !== undefined && before !== outcome) throw new Error(`${label} is both ${before} and ${outcome}`);
        seen.set(key, outcome);
      }
    }
  });

  it('answers what a label means, the workbook first', () => {
    expect(builtInOutcome('Closed Won')).toBe('won');
    expect(builtInOutcome('Foo')).toBeUndefined();
    expect(outcomeOf('Foo', { wonLabels: [], lostLabels: ['foo'] })).toBe('lost');
  });
});

describe('saving settings that give a label two outcomes', () => {
  it('is refused with a message naming the label (issue 12, item 8)', () => {
    const config: SavedConfig = {
      version: CONFIG_VERSION,
      entities: {},
      settings: { ...DEFAULT_SETTINGS, wonLabels: ['Signé', 'Lost'], lostLabels: ['Lost'] },
    };
    expect(() => serializeConfig(config)).toThrow(/“Lost” is set as both won and lost/);
    expect(() => serializeConfig({ ...config, settings: { ...config.settings, wonLabels: ['Signé'] } })).not.toThrow();
  });
});
