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

  it('keeps the letters of every script: Cyrillic, Greek, Arabic, Chinese, Devanagari', () => {
    expect(normalizeText('Выиграна')).toBe('выиграна');
    expect(normalizeText('Сделка  провалена!')).toBe('сделка провалена');
    expect(normalizeText('Κερδισμένη')).toBe('κερδισμενη');
    expect(normalizeText('صفقة_خاسرة')).toBe('صفقة خاسرة');
    expect(normalizeText('赢单（已签约）')).toBe('赢单 已签约');
    expect(normalizeText('हिन्दी')).toBe('हिन्दी');
  });

  it('keeps Выиграна and Проиграна apart, and й apart from и', () => {
    expect(normalizeText('Выиграна')).not.toBe(normalizeText('Проиграна'));
    expect(normalizeText('Проиграна')).toBe('проиграна');
    expect(normalizeText('Й')).toBe('й');
    expect(normalizeText('й')).not.toBe(normalizeText('и'));
    expect(normalizeText('Її')).toBe('її');
  });

  it('reads the Russian ё as е, as it is often written', () => {
    expect(normalizeText('Счёт на предоплату')).toBe(normalizeText('Счет на предоплату'));
  });

  it('folds Greek accents and final sigma, so capitals written without tonos match', () => {
    expect(normalizeText('ΚΕΡΔΙΣΜΕΝΗ')).toBe(normalizeText('Κερδισμένη'));
    expect(normalizeText('ΧΑΜΕΝΗΣ')).toBe(normalizeText('χαμένης'));
  });

  it('reads the Turkish dotted and dotless i as i, whatever the case', () => {
    for (const v of ['Kazanıldı', 'KAZANILDI', 'kazanildi', 'KAZANİLDİ']) expect(normalizeText(v)).toBe('kazanildi');
    expect(normalizeText('İstanbul')).toBe('istanbul');
  });

  it('drops Arabic short-vowel marks and tatweel, optional in writing', () => {
    expect(normalizeText('مَكْسُوبَة')).toBe(normalizeText('مكسوبة'));
    expect(normalizeText('مكـــسوبة')).toBe(normalizeText('مكسوبة'));
  });

  it('folds full-width and compatibility forms', () => {
    expect(normalizeText('Ｗｏｎ')).toBe('won');
    expect(normalizeText('m²')).toBe('m2');
  });

  it('never drops a letter: Latin letters without decomposition stay', () => {
    expect(normalizeText('Łódź Ørsted Đà Nẵng')).toBe('łodz ørsted đa nang');
  });

  it('gives an empty string for punctuation only', () => {
    expect(normalizeText(' - / ')).toBe('');
    expect(normalizeText(' — « » … € ')).toBe('');
    expect(normalizeText('\u0301 ·')).toBe('');
  });
});

describe('normalizeText on any text', () => {
  it('is idempotent and never leaves punctuation, double spaces or edges', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (v) => {
        const once = normalizeText(v);
        return normalizeText(once) === once && !/ {2}|^ | $/.test(once) && !/[\p{P}\p{S}]/u.test(once);
      }),
    );
  });
});

describe('compactText', () => {
  it('removes the spaces too', () => {
    expect(compactText('Closed Won')).toBe('closedwon');
    expect(compactText('closed-won')).toBe('closedwon');
  });
});
