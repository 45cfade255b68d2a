// Placeholder texts that mean "no value" in CRM and database exports (\N, NULL, N/A, (none), -, —): blanks in typed columns.

/** Spellings no name, label or id takes: blank in every column, text columns included (compared in lower case). */
const STRICT = ['\\n', 'null', '(null)', '<null>', 'n/a', '#n/a', '(none)', '<none>', '(blank)', '(empty)', '(vide)', '-', '--', '—', '–'];
/** Also blank where a number or a date is expected (they could be a name or a code in a text column). */
const LOOSE = [...STRICT, 'na', 'none', 'nan', 'nil', 'n.a.', 'n.d.', 'nd'];

const STRICT_SET = new Set(STRICT);
const LOOSE_SET = new Set(LOOSE);
/** Longest token, so longer cells skip the lookup. */
const LONGEST = LOOSE.reduce((n, s) => Math.max(n, s.length), 0);

/** Whether a trimmed cell text is a placeholder for "no value" in a number or date column. */
export function isBlankToken(text: string): boolean {
  return text.length > 0 && text.length <= LONGEST && LOOSE_SET.has(text.toLowerCase());
}

/**
 * Whether a trimmed cell text is a placeholder for "no value" in a text column (names such as `Nan` are kept). Text
 * columns are the hot path of parsing: the first character and the length rule out nearly every cell before any
 * lower-casing or lookup.
 */
export function isTextBlankToken(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 7) return false;
  switch (text.charCodeAt(0)) {
    case 45: // - --
      return n <= 2 && (n === 1 || text === '--');
    case 0x2014: // —
    case 0x2013: // –
      return n === 1;
    case 92: // \N
      return n === 2 && (text === '\\N' || text === '\\n');
    case 78: // NULL, N/A, #N/A
    case 110:
    case 35:
      return n >= 3 && n <= 4 && STRICT_SET.has(text.toLowerCase());
    case 40: // (none), (null), <null>...
    case 60:
      return n >= 6 && STRICT_SET.has(text.toLowerCase());
    default:
      return false;
  }
}

/** At most this many distinct tokens are named in the data-quality line. */
const NAMED = 3;

/** Remembers the distinct tokens read as blank in one column, for the data-quality line (`\N, NULL`). */
export class BlankTokens {
  readonly seen: string[] = [];
  add(text: string): void {
    if (this.seen.length < NAMED && !this.seen.includes(text)) this.seen.push(text);
  }
  get detail(): string {
    return this.seen.join(', ');
  }
}
