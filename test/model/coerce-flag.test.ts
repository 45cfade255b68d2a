// Tests of yes/no cells.
import { parseFlag } from '../../src/model/coerce-flag';

describe('parseFlag', () => {
  it('reads yes words, marks and ones as yes', () => {
    for (const yes of ['oui', 'Oui', 'yes', 'TRUE', 'vrai', 'x', 'X', '✓', '✔', '1', 'o', 'Y', true, 1]) {
      expect([yes, parseFlag(yes)]).toEqual([yes, 1]);
    }
  });

  it('reads no words, zero and blanks as no', () => {
    for (const no of ['non', 'No', 'false', 'FAUX', '0', 'n', '', '  ', '-', null, undefined, false, 0, -2]) {
      expect([no, parseFlag(no)]).toEqual([no, 0]);
    }
  });

  it('reads a date or a positive number as yes', () => {
    expect(parseFlag(new Date(2024, 2, 15))).toBe(1);
    expect(parseFlag('2024-03-15')).toBe(1);
    expect(parseFlag('15/03/2024')).toBe(1);
    expect(parseFlag(45366)).toBe(1);
    expect(parseFlag('3')).toBe(1);
    expect(parseFlag(0.5)).toBe(1);
  });

  it('reads other text as yes unless it starts with a negation', () => {
    expect(parseFlag('Qualifié')).toBe(1);
    expect(parseFlag('SQL')).toBe(1);
    expect(parseFlag('Non qualifié')).toBe(0);
    expect(parseFlag('Not converted')).toBe(0);
    expect(parseFlag('pas de réponse')).toBe(0);
  });
});
