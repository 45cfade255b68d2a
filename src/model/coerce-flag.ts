// Reads a yes/no cell: oui/yes/true/x/✓/1 and dates or positive numbers are yes; non/no/false/0/blank are no.

import { isDateObject } from './is-date';
import { normalizeText } from './normalize';

const YES = new Set(['oui', 'yes', 'true', 'vrai', 'x', '1', 'o', 'y', 'ok', 'v']);
const NO = new Set(['', 'non', 'no', 'false', 'faux', '0', 'n', 'none', 'aucun', 'aucune', 'na', 'n a', 'null', 'nan']);
const CHECKS = /^[✓✔☑✅☒✗✘❌]$/u;
const NEGATED = /^(?:non|not|pas|no|aucun|aucune|sans|without|never|jamais)\b/;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T].*)?$/;
const NUMBER_LIKE = /^[-+]?\d+(?:[.,]\d+)?\s*%?$/;

/** 1 for yes, 0 for no. Any other non-blank text is yes unless it starts with a negation (`Non qualifié`). */
export function parseFlag(value: unknown): 0 | 1 {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value > 0 ? 1 : 0;
  if (value === null || value === undefined) return 0;
  if (isDateObject(value)) return Number.isNaN(value.getTime()) ? 0 : 1;
  if (typeof value !== 'string') return 0;
  const raw = value.trim();
  if (CHECKS.test(raw)) return raw === '☒' || raw === '✗' || raw === '✘' || raw === '❌' ? 0 : 1;
  if (raw === '-' || raw === '—' || raw === '–') return 0;
  if (NUMBER_LIKE.test(raw)) return Number(raw.replace(',', '.').replace('%', '')) > 0 ? 1 : 0;
  if (DATE_LIKE.test(raw)) return 1;
  const text = normalizeText(raw);
  if (YES.has(text)) return 1;
  if (NO.has(text) || NEGATED.test(text)) return 0;
  return 1;
}
