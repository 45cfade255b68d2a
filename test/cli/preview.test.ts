// The offline preview escapes every text, keeps merges, widths, colours and formats, and draws charts as SVG.

import { dashboardHtml } from '../../scripts/preview/render';
import { workbookFromArrays } from '../../scripts/runtime/index';

function book() {
  const wb = workbookFromArrays(
    { 'KPI mars 2026': [['<b>Titre</b> & "co"', '', ''], ['Mois', 'CA', ''], ['janv.', 1200, ''], ['févr.', 0.5, '']] },
    { locale: 'fr_FR', timeZone: 'Europe/Paris' },
  );
  const sheet = wb.sheets[0];
  sheet.merges.push('A1:C1');
  sheet.columnWidths[2] = 180;
  sheet.backgrounds[1][0] = '#1a73e8';
  sheet.fontColors[1][0] = 'red;background:url(x)';
  sheet.fontWeights[1][1] = 'bold';
  sheet.numberFormats[2][1] = '#,##0.00';
  sheet.charts.push({
    id: 'c1',
    type: 'COLUMN',
    ranges: ['A2:B4'],
    position: { anchorRow: 1, anchorColumn: 5, offsetX: 0, offsetY: 0 },
    options: { title: 'CA <mensuel>', width: 400, height: 250 },
    numHeaders: 1,
    transpose: false,
  });
  return wb;
}

describe('the dashboard preview', () => {
  const html = dashboardHtml(book(), 'KPI mars 2026');

  it('escapes the cells and chart titles', () => {
    expect(html).toContain('&lt;b&gt;Titre&lt;/b&gt; &amp; &quot;co&quot;');
    expect(html).toContain('CA &lt;mensuel&gt;');
    expect(html).not.toContain('<b>Titre');
  });

  it('keeps merges, widths, backgrounds and weights, and drops unsafe colours', () => {
    expect(html).toContain('colspan="3"');
    expect(html).toContain('<col style="width:180px">');
    expect(html).toContain('background:#1a73e8');
    expect(html).toContain('font-weight:bold');
    expect(html).not.toContain('url(x)');
  });

  it('formats numbers with their number format in the sheet locale', () => {
    expect(html).toMatch(/1[\s\u202f\u00a0]200,00/);
  });

  it('draws the chart as an SVG with one bar per category', () => {
    const svg = html.slice(html.indexOf('<svg'));
    expect(svg).toContain('width="400" height="250"');
    expect((svg.match(/<rect x=/g) ?? []).length).toBe(2);
    expect(svg).toContain('janv.');
  });
});
