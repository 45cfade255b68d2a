// Text normalisation shared by header matching and label lookups: lower case, Latin/Greek accents folded, any script kept.

const ASCII_NON_ALNUM = /[^a-z0-9]+/g;
/** The combining marks a decomposed Latin letter carries. */
const LATIN_MARKS = /[\u0300-\u036f]+/g;
/** Not a letter nor digit, for Latin text once decomposed (`µ` decomposes to Greek `μ`); faster than `\p{L}` there. */
const LATIN_NON_ALNUM = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u03bc\u1e00-\u1eff]+/g;
/** Combining marks on a Latin or Greek letter (accents, tonos, the dot of `İ`): folded away. */
const FOLDABLE_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
/** Anything but a letter, digit or mark (marks of other scripts are parts of letters: `й`, Devanagari vowel signs). */
const NON_ALNUM = /[^\p{L}\p{N}\p{M}]+/gu;
/** A mark left with no letter before it (after punctuation or at the start). */
const STRAY_MARKS = /(^|[^\p{L}\p{M}])\p{M}+/gu;
/** Ligatures, Turkish dotless i, Greek final sigma; Arabic tatweel and short-vowel marks (optional in writing) go. */
const FOLDS: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ı: 'i', ς: 'σ' };
const FOLD_RE = /[œæßıς\u0640\u064b-\u0652\u0670]/g;
/** Russian `ё`, decomposed, is very often written `е`; `й` and Ukrainian `ї` are letters of their own and stay. */
const CYRILLIC_YO = /е\u0308/g;

/**
 * Lower case, Latin and Greek accents removed, every run of punctuation/whitespace turned into one space, trimmed.
 * Letters and digits of every script are kept: `й` stays `й` (not `и`), `ё` is read `е`, `赢单` stays `赢单`.
 * `"  Date de clôture (prévue) "` → `"date de cloture prevue"`; `"Closed/Won"` → `"closed won"`;
 * `"KAZANILDI"`, `"Kazanıldı"` → `"kazanildi"`; `"ΚΕΡΔΙΣΜΈΝΗ"` → `"κερδισμενη"`; `"Ｗｏｎ"` → `"won"`.
 */
export function normalizeText(value: string): string {
  // Plain ASCII has no accents, ligatures nor other scripts: decomposing it would change nothing (hot path).
  const script = scriptOf(value);
  if (script === ASCII) return value.toLowerCase().replace(ASCII_NON_ALNUM, ' ').trim();
  // Latin text (French, Spanish, Turkish...): every mark left after decomposition sits on a Latin letter.
  if (script === LATIN) {
    return value
      .normalize('NFKD')
      .toLowerCase()
      .replace(LATIN_MARKS, '')
      .replace(FOLD_RE, (c) => FOLDS[c] ?? '')
      .replace(LATIN_NON_ALNUM, ' ')
      .trim();
  }
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(FOLDABLE_MARKS, '$1')
    .replace(CYRILLIC_YO, 'е')
    .replace(FOLD_RE, (c) => FOLDS[c] ?? '')
    .replace(STRAY_MARKS, '$1')
    .replace(NON_ALNUM, ' ')
    .trim()
    .normalize('NFC');
}

const ASCII = 0;
const LATIN = 1;
const OTHER = 2;

/**
 * ASCII; LATIN when every character is in Latin-1, Latin Extended-A/B, Latin Extended Additional (Vietnamese),
 * general punctuation or currency symbols; OTHER else.
 */
function scriptOf(value: string): typeof ASCII | typeof LATIN | typeof OTHER {
  let script: typeof ASCII | typeof LATIN = ASCII;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2000 && c < 0x20d0)) script = LATIN;
    else return OTHER;
  }
  return script;
}

/** Same as `normalizeText` with the spaces removed too (`"Closed Won"` and `"closedwon"` compare equal). */
export function compactText(value: string): string {
  return normalizeText(value).replace(/ /g, '');
}
