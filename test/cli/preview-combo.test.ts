// The preview draws a combo chart as Sheets does: the amount as columns on the left axis, the rate as a line on the right.

import { dashboardHtml } from '../../scripts/preview/render';
import { workbookFromArrays } from '../../scripts/runtime/index';

function comboBook() {
  const wb = workbookFromArrays(
    { KPI: [['Month', 'Revenue', 'Win rate'], ['Jan', 120000, 0.25], ['Feb', 80000, 0.5]] },
    { locale: 'en_US', timeZone: 'Europe/Paris' },
  );
  const sheet = wb.sheets[0];
  sheet.numberFormats[1][2] = '0.0%';
  sheet.numberFormats[2][2] = '0.0%';
  sheet.charts.push({
    id: 'c1',
    type: 'COMBO',
    ranges: ['A1:C3'],
    position: { anchorRow: 1, anchorColumn: 5, offsetX: 0, offsetY: 0 },
    options: { title: 'Revenue · Win rate', series: { 0: { type: 'bars' }, 1: { type: 'line', targetAxisIndex: 1 } } },
    numHeaders: null,
    transpose: false,
  });
  return wb;
}

test('a combo chart has bars for the first series, a line for the second, a right axis in percent and a legend', () => {
  const html = dashboardHtml(comboBook(), 'KPI');
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  expect(svg.match(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" fill="#4285f4"><title>/g)).toHaveLength(2);
  expect(svg.match(/<polyline/g)).toHaveLength(1);
  expect(svg).toContain('text-anchor="start" font-size="11" fill="#5f6368">50.0%</text>');
  expect(svg).toContain('>Revenue</text>');
  expect(svg).toContain('>Win rate</text>');
});
