// Tests of number coercion: French and American formats, currencies, percents, negatives, blanks and errors.
import * as fc from 'fast-check';
import { parseNumber } from '../../src/model/coerce-number';

const value = (v: unknown, lang: 'fr' | 'en' = 'en') => {
  const r = parseNumber(v, lang);
  return r.kind === 'number' ? r.value : r.kind;
};
const currency = (v: unknown, lang: 'fr' | 'en' = 'en') => {
  const r = parseNumber(v, lang);
  return r.kind === 'number' ? r.currency : r.kind;
};

describe('parseNumber', () => {
  it('keeps numbers as they are and refuses non-finite ones', () => {
    expect(value(1234.5)).toBe(1234.5);
    expect(value(-3)).toBe(-3);
    expect(value(Number.NaN)).toBe('error');
    expect(value(Number.POSITIVE_INFINITY)).toBe('error');
  });

  it('reads French amounts with spaces, non-breaking and narrow spaces', () => {
    expect(value('1 234,56 €', 'fr')).toBeCloseTo(1234.56, 10);
    expect(value('1 234,56', 'fr')).toBeCloseTo(1234.56, 10);
    expect(value('1\u00a0234,56\u00a0€', 'fr')).toBeCloseTo(1234.56, 10);
    expect(value('1\u202f234\u202f567,5', 'fr')).toBeCloseTo(1234567.5, 10);
    expect(value('-1 200 €', 'fr')).toBe(-1200);
    expect(value('1.234,56', 'fr')).toBeCloseTo(1234.56, 10);
    expect(value('12,5', 'fr')).toBe(12.5);
  });

  it('reads American amounts with commas and currency symbols', () => {
    expect(value('1,234.56')).toBeCloseTo(1234.56, 10);
    expect(value('$1,234.56')).toBeCloseTo(1234.56, 10);
    expect(value('1234.5')).toBe(1234.5);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('-$50')).toBe(-50);
    expect(value('$-50')).toBe(-50);
  });

  it('decides a lone separator followed by three digits from the language', () => {
    expect(value('1,234', 'en')).toBe(1234);
    expect(value('1,234', 'fr')).toBeCloseTo(1.234, 10);
    expect(value('1.234', 'fr')).toBe(1234);
    expect(value('1.234', 'en')).toBeCloseTo(1.234, 10);
    expect(value('1,5', 'en')).toBe(1.5);
    expect(value('0,125', 'en')).toBe(0.125);
  });

  it('reads percents as fractions', () => {
    expect(value('12 %')).toBeCloseTo(0.12, 10);
    expect(value('12%')).toBeCloseTo(0.12, 10);
    expect(value('12,5 %', 'fr')).toBeCloseTo(0.125, 10);
    expect(value('-3%')).toBeCloseTo(-0.03, 10);
  });

  it('reads accounting negatives and trailing minus signs', () => {
    expect(value('(123)')).toBe(-123);
    expect(value('(1 234,50 €)', 'fr')).toBeCloseTo(-1234.5, 10);
    expect(value('123-')).toBe(-123);
    expect(value('\u22125')).toBe(-5);
  });

  it('reports the currency written, as an ISO code, prefix or suffix', () => {
    expect(currency('1 234,56 €', 'fr')).toBe('EUR');
    expect(currency('$1,234.56')).toBe('USD');
    expect(currency('EUR 1200')).toBe('EUR');
    expect(value('EUR 1200')).toBe(1200);
    expect(currency('1200 usd')).toBe('USD');
    expect(currency('£30')).toBe('GBP');
    expect(currency("CHF 1'200.50")).toBe('CHF');
    expect(value("CHF 1'200.50")).toBe(1200.5);
    expect(currency('1200')).toBe('');
    expect(currency(99)).toBe('');
  });

  it('accepts the HT mark of amounts excluding tax', () => {
    expect(value('1 200 € HT', 'fr')).toBe(1200);
  });

  it('treats dashes, N/A and null as blanks, not errors', () => {
    for (const blank of ['', '  ', '-', '—', 'N/A', 'n/a', 'NA', '#N/A', 'null', null, undefined]) {
      expect(value(blank)).toBe('blank');
    }
  });

  it('treats any other unreadable text as an error, never 0', () => {
    for (const bad of ['abc', 'douze', '12 pcs', '1,2,3', '12 34', '1.234.56', '€', '12.', '5 % €', true, {}]) {
      expect(value(bad)).toBe('error');
    }
  });
});

describe('parseNumber on numbers formatted by Intl', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100);

  it('reads back French euro amounts (narrow no-break spaces, comma decimals)', () => {
    const fmt = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(cents, (n) => {
        const r = parseNumber(fmt.format(n), 'fr');
        return r.kind === 'number' && Math.abs(r.value - n) < 1e-6 && r.currency === 'EUR';
      }),
    );
  });

  it('reads back American dollar amounts and plain grouped numbers', () => {
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' });
    const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(cents, (n) => {
        const a = parseNumber(usd.format(n), 'en');
        const b = parseNumber(plain.format(n), 'en');
        return a.kind === 'number' && Math.abs(a.value - n) < 1e-6 && a.currency === 'USD' && b.kind === 'number' && Math.abs(b.value - n) < 1e-6;
      }),
    );
  });
});
