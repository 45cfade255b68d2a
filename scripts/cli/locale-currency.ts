// The currency of a spreadsheet locale's region (en_US → USD), for mappings detected from the headers.

const EURO = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);
const OTHERS: Readonly<Record<string, string>> = {
  US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', CH: 'CHF', JP: 'JPY', IN: 'INR', BR: 'BRL', MX: 'MXN',
  MA: 'MAD', SN: 'XOF', CI: 'XOF', TN: 'TND', DZ: 'DZD', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK',
  RU: 'RUB', TR: 'TRY', CN: 'CNY', ZA: 'ZAR', SG: 'SGD', HK: 'HKD',
};

/** ISO 4217 code for `locale` (`fr_FR`, `en_US`), or `fallback` when the region is not known or not given. */
export function currencyOfLocale(locale: string, fallback: string): string {
  const region = locale.split('_')[1]?.toUpperCase() ?? '';
  if (EURO.has(region)) return 'EUR';
  return OTHERS[region] ?? fallback;
}
