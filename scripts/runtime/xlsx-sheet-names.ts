// Sheet names Excel accepts for names Sheets allows: no []:*?/\, no quote at either end, ≤ 31 characters, not "History", unique.

const MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** The first `max` UTF-16 units of `s`, never ending on half a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function cleaned(name: string): string {
  let s = name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim();
  if (s === '') s = 'Sheet';
  if (s.toLowerCase() === 'history') s = 'History_';
  return cut(s, MAX).trimEnd().replace(/'+$/, '') || 'Sheet';
}

/** One Excel-valid name per sheet, in order; a name already valid and unique (case-insensitively) is kept as it is. */
export function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = cleaned(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${cut(base, MAX - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
