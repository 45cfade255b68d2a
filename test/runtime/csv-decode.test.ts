// Export files are decoded whatever their encoding, and their separator is found from the first records.

import iconv from 'iconv-lite';
import { decodeCsvBytes } from '../../scripts/runtime/csv-decode';
import { detectDelimiter } from '../../scripts/runtime/csv-io';

const FRENCH = 'Réf;Étape;Motif de perte;Commercial\nD1;Perdu;Perdida por licitación;Hélène\nD2;Gagné;;Zoé\n';
const RUSSIAN = 'ID;Название;Стадия;Сумма;Ответственный\n1;Сделка #1;Сделка успешна;1000;Иван Петров\n2;Сделка #2;Сделка провалена;200;Мария Иванова\n';

describe('decodeCsvBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(FRENCH, 'utf8'), 'UTF-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]), 'UTF-8'],
    ['Latin-1', iconv.encode(FRENCH, 'latin1'), 'windows-1252'],
    ['UTF-16LE with a BOM', iconv.encode(FRENCH, 'utf-16le', { addBOM: true }), 'UTF-16LE'],
    ['UTF-16BE with a BOM', iconv.encode(FRENCH, 'utf-16be', { addBOM: true }), 'UTF-16BE'],
    ['UTF-16LE without a BOM', iconv.encode(FRENCH, 'utf-16le'), 'UTF-16LE'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text: FRENCH, encoding });
  });

  it('reads Windows-1252 quotes and the euro sign', () => {
    const text = 'Montant;Note\n1 000 €;“ok” – fin\n';
    expect(decodeCsvBytes(iconv.encode(text, 'win1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads a Cyrillic export written in windows-1251 (Bitrix24 on Windows)', () => {
    expect(decodeCsvBytes(iconv.encode(RUSSIAN, 'win1251'))).toEqual({ text: RUSSIAN, encoding: 'windows-1251' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n4;5,5;6\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"x,y";b;c\n"1,2";2;3\n', ';'],
    ['single column\nvalue\n', ','],
  ])('finds the separator of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('prefers the separator that keeps the same count on every record', () => {
    expect(detectDelimiter('Name;Amount;Note\nA;1,5;x, y, z\nB;2,5;p, q\n')).toBe(';');
  });
});
