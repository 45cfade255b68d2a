// Text normalisation shared by header matching and label lookups: lower case, no accents, punctuation as single spaces.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LIGATURE_RE = /[œæß]/g;

/**
 * Lower case, accents removed, every run of punctuation/whitespace turned into one space, trimmed.
 * `"  Date de clôture (prévue) "` → `"date de cloture prevue"`; `"Closed/Won"` → `"closed won"`.
 */
export function normalizeText(value: string): string {
  // Plain ASCII has no accents nor ligatures: decomposing it (NFD) would change nothing.
  if (isAscii(value)) return value.toLowerCase().replace(NON_ALNUM, ' ').trim();
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(NON_ALNUM, ' ')
    .trim();
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) return false;
  return true;
}

/** Same as `normalizeText` with the spaces removed too (`"Closed Won"` and `"closedwon"` compare equal). */
export function compactText(value: string): string {
  return normalizeText(value).replace(/ /g, '');
}
