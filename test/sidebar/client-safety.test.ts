// Tests that the page's code never parses text as markup, and that server errors reach people as readable sentences.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorText } from '../../src/sidebar/client/rpc';

const CLIENT = join(__dirname, '..', '..', 'src', 'sidebar', 'client');

describe('the sidebar page code', () => {
  it('builds the DOM from text nodes only: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    const files = readdirSync(CLIENT).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const offenders = files.filter((f) =>
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(join(CLIENT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('errorText', () => {
  it('keeps the server’s sentence and drops the technical prefix Apps Script adds', () => {
    expect(errorText(new Error('Exception: La devise doit être un code à 3 lettres.'), 'x')).toBe('La devise doit être un code à 3 lettres.');
    expect(errorText({ message: 'Error: boom' }, 'x')).toBe('boom');
    expect(errorText('plain text', 'x')).toBe('plain text');
  });

  it('falls back to the given sentence when the failure says nothing', () => {
    expect(errorText(undefined, 'Le classeur ne répond pas.')).toBe('Le classeur ne répond pas.');
    expect(errorText(new Error(''), 'fallback')).toBe('fallback');
  });
});
