// Decodes the bytes of a CSV/TSV export: BOM, UTF-16 without BOM, UTF-8, else detected by chardet and decoded by iconv-lite.

import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  readonly text: string;
  /** The encoding the bytes were read as: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, `windows-1251`, ... */
  readonly encoding: string;
}

/**
 * Encodings chardet names that differ clearly from Western European text: taken as detected. Any other guess for bytes
 * that are not UTF-8 (ISO-8859-1, -2, -15, windows-1250, ...) is read as windows-1252, the superset of Latin-1 that
 * Excel and most CRMs write on Western systems (short French or Spanish exports are often misnamed ISO-8859-2).
 */
const DISTINCT = new Set(
  ['windows-1251', 'KOI8-R', 'ISO-8859-5', 'ISO-8859-6', 'windows-1256', 'ISO-8859-7', 'windows-1253', 'ISO-8859-8', 'windows-1255', 'Shift_JIS', 'EUC-JP', 'EUC-KR', 'GB18030', 'Big5'].map((e) =>
    e.toLowerCase(),
  ),
);

/** UTF-16 without a BOM: text in Latin script has a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'UTF-16LE';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'UTF-16BE';
  return null;
}

/** The bytes as UTF-8 text, or null when they are not valid UTF-8 (decoded once: no second pass for the text). */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of an export file, whatever its encoding, without its BOM. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.toString('utf8', 3), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  const wide = utf16WithoutBom(buf);
  if (wide) return { text: iconv.decode(buf, wide.toLowerCase()), encoding: wide };
  const utf8 = utf8Text(buf);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const guess = chardet.detect(buf.subarray(0, 65536));
  const encoding = guess && DISTINCT.has(guess.toLowerCase()) && iconv.encodingExists(guess) ? guess : 'windows-1252';
  return { text: iconv.decode(buf, encoding), encoding };
}
