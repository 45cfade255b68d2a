// HTML/SVG text escaping for the offline preview (every text from the workbook goes through it).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** A CSS colour from the model (`#rrggbb`, `#rgb` or a plain name), or the fallback when it is anything else. */
export function safeColor(color: string | null | undefined, fallback: string): string {
  if (!color) return fallback;
  return /^#[0-9a-fA-F]{3,8}$/.test(color) || /^[a-zA-Z]{3,20}$/.test(color) ? color : fallback;
}
