// Spreadsheet function names a custom function may not take: HyperFormula's list plus the Sheets and Excel names it lacks.

import { HyperFormula } from 'hyperformula';

/**
 * Google Sheets and Excel functions that HyperFormula does not implement. A custom function named like a built-in is
 * never called: Sheets runs its own function (issue 17: `=GROWTH()` is Sheets' exponential trend).
 */
export const SHEETS_AND_EXCEL_EXTRA = [
  // Google Sheets only
  'QUERY', 'SPARKLINE', 'IMPORTRANGE', 'IMPORTXML', 'IMPORTHTML', 'IMPORTDATA', 'IMPORTFEED', 'GOOGLEFINANCE',
  'GOOGLETRANSLATE', 'DETECTLANGUAGE', 'IMAGE', 'SORTN', 'FLATTEN', 'JOIN', 'REGEXMATCH', 'REGEXEXTRACT', 'REGEXREPLACE',
  'ISEMAIL', 'ISURL', 'TO_DATE', 'TO_PERCENT', 'TO_DOLLARS', 'TO_TEXT', 'TO_PURE_NUMBER', 'CONTINUE', 'EPOCHTODATE',
  'MARGINOFERROR', 'PERCENTIF', 'COUNTUNIQUE', 'COUNTUNIQUEIFS', 'ISBETWEEN', 'GETPIVOTDATA', 'DATEDIF',
  // LAMBDA and its helpers (Sheets and Excel)
  'LAMBDA', 'MAP', 'REDUCE', 'SCAN', 'MAKEARRAY', 'BYROW', 'BYCOL', 'LET', 'ISOMITTED',
  // Dynamic arrays (Sheets and Excel)
  'XMATCH', 'CHOOSECOLS', 'CHOOSEROWS', 'TOCOL', 'TOROW', 'WRAPCOLS', 'WRAPROWS', 'RANDARRAY', 'TAKE', 'DROP', 'EXPAND',
  'TEXTSPLIT', 'TEXTBEFORE', 'TEXTAFTER', 'CONCAT',
  // Statistics and regression
  'GROWTH', 'TREND', 'LOGEST', 'LINEST', 'FORECAST', 'FORECAST.LINEAR', 'FORECAST.ETS', 'INTERCEPT', 'KURT', 'FREQUENCY',
  'PROB', 'TRIMMEAN', 'PERMUT', 'MODE', 'MODE.SNGL', 'MODE.MULT', 'RANK', 'RANK.EQ', 'RANK.AVG', 'PERCENTRANK',
  'PERCENTRANK.INC', 'PERCENTRANK.EXC', 'QUARTILE', 'QUARTILE.INC', 'QUARTILE.EXC', 'PERCENTILE.EXC', 'AGGREGATE',
  // Finance
  'PRICE', 'YIELD', 'DURATION', 'MDURATION', 'ACCRINT', 'ACCRINTM', 'COUPDAYS', 'COUPDAYBS', 'COUPDAYSNC', 'COUPNCD',
  'COUPNUM', 'COUPPCD', 'VDB', 'DISC', 'INTRATE', 'RECEIVED', 'PRICEDISC', 'PRICEMAT', 'YIELDDISC', 'YIELDMAT',
  'AMORLINC', 'ODDFPRICE', 'ODDFYIELD', 'ODDLPRICE', 'ODDLYIELD', 'TBILLEQ', 'TBILLYIELD', 'STOCKHISTORY',
  // Lookup, information, text, maths
  'LOOKUP', 'INDIRECT', 'CELL', 'INFO', 'AREAS', 'ERROR.TYPE', 'AVERAGEIFS', 'MDETERM', 'MINVERSE', 'CONVERT',
  'ENCODEURL', 'WEBSERVICE', 'FILTERXML', 'BAHTTEXT', 'DOLLAR', 'FIXED', 'NUMBERVALUE',
];

/** Every reserved name, upper case: HyperFormula's registered functions (English) and the list above. */
export function reservedFunctionNames() {
  return new Set([...HyperFormula.getRegisteredFunctionNames('enGB'), ...SHEETS_AND_EXCEL_EXTRA].map((n) => n.toUpperCase()));
}

/** The custom-function names that are spreadsheet built-ins or that Apps Script keeps private (ending with `_`). */
export function refusedCustomFunctionNames(names, reserved = reservedFunctionNames()) {
  return names.filter((name) => reserved.has(String(name).toUpperCase()) || String(name).endsWith('_'));
}
