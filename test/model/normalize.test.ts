// Tests of the shared text normalisation.
import fc from 'fast-check';
import { compactText, normalizeText } from '../../src/model/normalize';

/** The full treatment (decomposition, marks, ligatures), which plain ASCII text must match. */
const reference = (v: string): string =>
  v
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('normalizeText', () => {
  it('lower-cases, strips accents and turns punctuation into single spaces', () => {
    expect(normalizeText('  Date de clôture (prévue) ')).toBe('date de cloture prevue');
    expect(normalizeText('Closed/Won')).toBe('closed won');
    expect(normalizeText('Montant HT — €')).toBe('montant ht');
    expect(normalizeText('Gagnée')).toBe('gagnee');
  });

  it('expands ligatures and keeps digits', () => {
    expect(normalizeText('Cœur  Œuvre 2024')).toBe('coeur oeuvre 2024');
  });

  it('treats plain ASCII text as the full treatment does', () => {
    expect(normalizeText('ID\tClient\n#42 (HT)')).toBe('id client 42 ht');
    expect(normalizeText('Closed Won é')).toBe('closed won e');
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (v) => normalizeText(v) === reference(v)));
  });

  it('gives an empty string for punctuation only', () => {
    expect(normalizeText(' - / ')).toBe('');
  });
});

describe('compactText', () => {
  it('removes the spaces too', () => {
    expect(compactText('Closed Won')).toBe('closedwon');
    expect(compactText('closed-won')).toBe('closedwon');
  });
});
