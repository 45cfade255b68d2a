// Tests of stage labels: built-in French, English and CRM spellings, workbook labels, everything else open.
import { parseStage, stageReader } from '../../src/model/coerce-stage';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { STAGE_LOST, STAGE_OPEN, STAGE_WON } from '../../src/model/table';

const stage = (v: unknown) => parseStage(v, DEFAULT_SETTINGS);

describe('parseStage', () => {
  it('knows won labels in French, English and CRM exports', () => {
    for (const label of ['Gagné', 'Gagnée', 'GAGNE', 'Signé', 'Won', 'Closed Won', 'closedwon', 'Closed/Won', 'closed_won', 'Conclu', 'Vendu', 'Commande', '6 - Closed Won']) {
      expect([label, stage(label)]).toEqual([label, STAGE_WON]);
    }
  });

  it('knows lost labels in French, English and CRM exports', () => {
    for (const label of ['Perdu', 'perdue', 'Lost', 'Closed Lost', 'closedlost', 'Abandonné', 'Refusé', 'Sans suite', 'Annulé']) {
      expect([label, stage(label)]).toEqual([label, STAGE_LOST]);
    }
  });

  it('reads anything else as open, blanks and numbers included', () => {
    for (const label of ['Proposition', 'Négociation', 'Qualified', 'Appointment scheduled', '', '  ', 42, null]) {
      expect(stage(label)).toBe(STAGE_OPEN);
    }
  });

  it('adds the workbook labels, which take precedence over the built-in ones', () => {
    const read = stageReader({ wonLabels: ['Facturé', 'PO reçu'], lostLabels: ['Concurrent', 'Commande'] });
    expect(read('facture')).toBe(STAGE_WON);
    expect(read('PO Reçu')).toBe(STAGE_WON);
    expect(read('Concurrent')).toBe(STAGE_LOST);
    expect(read('Commande')).toBe(STAGE_LOST);
    expect(read('Gagné')).toBe(STAGE_WON);
    expect(read('Proposition')).toBe(STAGE_OPEN);
  });
});
