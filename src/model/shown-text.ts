// Caps text from the data before it is shown anywhere (dashboard cells, kpis.json, error messages): 256 characters and "…".

/** Longest text shown from the data: far under Excel's 32,767 and Sheets' 50,000 characters per cell. */
export const MAX_SHOWN_CHARS = 256;

/** `text` unchanged when short enough, else its first `max - 1` characters (never half a surrogate pair) and `…`. */
export function shownText(text: string, max = MAX_SHOWN_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
