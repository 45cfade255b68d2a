// Tests of the shared text normalisation.
import { compactText, normalizeText } from '../../src/model/normalize';

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
