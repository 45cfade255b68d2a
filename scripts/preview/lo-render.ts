// Renders an .xlsx with LibreOffice (soffice → PDF) and its first page with pdftoppm: what a user without Sheets sees.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/** Whether LibreOffice and poppler are installed (`soffice`, `pdftoppm`, `pdftotext`, `pdfinfo` on the PATH). */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 });
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts `xlsx` to a PDF in a fresh temporary folder (a private LibreOffice profile, so runs never collide). */
export function xlsxToPdf(xlsx: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-lo-'));
  const profile = `file://${join(dir, 'profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 180000 });
  const pdf = join(dir, `${basename(xlsx, extname(xlsx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx} (${readdirSync(dir).join(', ')})`);
  return pdf;
}

/** Page size in points and the text of page `page` (1-based). */
export function pdfPage(pdf: string, page = 1): { width: number; height: number; pages: number; text: string } {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
  return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), pages, text };
}

/** Page 1 as a PNG `width` pixels wide, cut to `height` pixels from the top (the first screen). */
export function firstScreen(pdf: string, png: string, width = 1440, height = 900): void {
  const base = png.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-singlefile', '-png', '-scale-to-x', String(width), '-scale-to-y', '-1', '-W', String(width), '-H', String(height), pdf, base]);
}
