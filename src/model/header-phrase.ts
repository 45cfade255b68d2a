// Header text as normalised phrases (CamelCase, snake_case and dotted API names split), and how well a header fits a synonym.

import { normalizeText } from './normalize';

/** A normalised phrase: its full text, its tokens without the small words (`de`, `of`, ...) and its text without spaces. */
export interface Phrase {
  readonly text: string;
  readonly core: readonly string[];
  /** `text` without spaces: `closingdate` and `Closing Date` compare equal. */
  readonly compact: string;
}

/** Weight of a synonym found in the middle of a header ("Amount in company currency" is no company). */
const MIDDLE_FACTOR = 0.75;

/** Score of a header equal to a synonym once both are written without spaces (`closingdate`, `CLOSEDATE`). */
export const COMPACT_SCORE = 0.9;

const STOP_WORDS = new Set(['de', 'd', 'du', 'des', 'l', 'la', 'le', 'les', 'of', 'the', 'a', 'en', 'in']);

// A lower-case letter or digit followed by a capital (`closeDate`, `StageName`), or a run of capitals before a
// capitalised word (`IDNumber`): word boundaries that CamelCase API names hide.
const CAMEL_LOWER_UPPER = /([\p{Ll}\d])(\p{Lu})/gu;
const CAMEL_ACRONYM = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
/** Salesforce custom fields end in `__c`, Zoho system ones in `__s` (`Reason_For_Loss__s`): no word of the header. */
const CUSTOM_SUFFIX = /__[cs]$/i;

/** Splits API spellings into words before normalising: `Owner.Name`, `CloseDate`, `DATE_CREATE`, `Lost_Reason__c`. */
export function splitApiName(value: string): string {
  return value.replace(CUSTOM_SUFFIX, '').replace(CAMEL_LOWER_UPPER, '$1 $2').replace(CAMEL_ACRONYM, '$1 $2');
}

export function toPhrase(value: unknown): Phrase {
  const text = typeof value === 'string' ? normalizeText(splitApiName(value)) : '';
  const core = text === '' ? [] : text.split(/\s+/).filter((w) => w !== '' && !STOP_WORDS.has(w));
  return { text, core, compact: text.replace(/ /g, '') };
}

/** The header text of a cell as shown to people: strings trimmed, anything else blank. */
export function headerText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Index of `needle` as a contiguous run of tokens inside `hay`, or -1. */
export function indexOfRun(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** How well a header fits one synonym, from 0 (not at all) to 1 (same text once normalised). */
export function phraseScore(header: Phrase, synonym: Phrase): number {
  if (header.text === '' || synonym.text === '') return 0;
  if (header.text === synonym.text) return 1;
  const h = header.core;
  const s = synonym.core;
  if (h.length === 0 || s.length === 0) return 0;
  if (h.length === s.length && indexOfRun(h, s) === 0) return 0.95;
  // One-word forms of a several-word synonym (`closingdate`, `createdtime`, `leadsource`).
  if (header.compact === synonym.compact) return COMPACT_SCORE;
  const at = indexOfRun(h, s);
  if (at >= 0) {
    // A synonym at either end of the header ("Deal - Status", "Montant HT") counts more than one lost in the middle.
    const score = 0.6 + (0.35 * s.length) / h.length;
    return at === 0 || at + s.length === h.length ? score : score * MIDDLE_FACTOR;
  }
  if (indexOfRun(s, h) >= 0) return 0.3 + (0.4 * h.length) / s.length;
  return 0;
}
