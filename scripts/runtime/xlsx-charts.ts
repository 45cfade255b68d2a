// Native charts in a written .xlsx: DrawingML chart and drawing parts added with JSZip to the package ExcelJS made.

import JSZip from 'jszip';
import { columnLetters, parseA1, splitSheetName } from './a1';
import { displayValue } from './display-format';
import { rowHeightPx } from './xlsx-cells';
import type { ChartSpec, SheetModel, Workbook } from './workbook-model';

const EMU_PER_PX = 9525;
const PALETTE = ['4472C4', 'C0504D', 'F79646', '9BBB59', '8064A2', '4BACC6'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

interface Column {
  readonly ref: string;
  readonly header: { readonly ref: string; readonly text: string };
  readonly cells: readonly { value: unknown; format: string }[];
}

/** Columns of a chart's ranges (first row = header), with absolute references on `sheet`. */
function columnsOf(wb: Workbook, sheet: SheetModel, spec: ChartSpec): Column[] {
  const out: Column[] = [];
  for (const a1 of spec.ranges) {
    const { range } = splitSheetName(a1);
    const box = parseA1(range, sheet.maxRows, sheet.maxColumns);
    for (let c = box.column; c < box.column + box.numColumns; c++) {
      const letters = columnLetters(c);
      const headerValue = sheet.values[box.row - 1]?.[c - 1] ?? '';
      const cells = [];
      for (let r = box.row + 1; r < box.row + box.numRows; r++) cells.push({ value: sheet.values[r - 1]?.[c - 1] ?? '', format: sheet.numberFormats[r - 1]?.[c - 1] ?? '' });
      out.push({
        ref: `${quoted(sheet.name)}!$${letters}$${box.row + 1}:$${letters}$${box.row + box.numRows - 1}`,
        header: { ref: `${quoted(sheet.name)}!$${letters}$${box.row}`, text: displayValue(headerValue, '', wb.locale, wb.timeZone) },
        cells,
      });
    }
  }
  return out;
}

function strRef(ref: string, texts: readonly string[]): string {
  const pts = texts.map((text, i) => `<c:pt idx="${i}"><c:v>${esc(text)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${esc(ref)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, column: Column): string {
  const pts = column.cells
    .map((cell, i) => (typeof cell.value === 'number' && Number.isFinite(cell.value) ? `<c:pt idx="${i}"><c:v>${cell.value}</c:v></c:pt>` : ''))
    .join('');
  const format = column.cells.find((c) => typeof c.value === 'number')?.format || 'General';
  return `<c:numRef><c:f>${esc(ref)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${column.cells.length}"/>${pts}</c:numCache></c:numRef>`;
}

function series(index: number, domain: Column, labels: readonly string[], column: Column, line: boolean): string {
  const color = PALETTE[index % PALETTE.length];
  const shape = line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="4"/></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${strRef(column.header.ref, [column.header.text])}</c:tx>${shape}<c:cat>${strRef(domain.ref, labels)}</c:cat><c:val>${numRef(column.ref, column)}</c:val>${line ? '<c:smooth val="0"/>' : ''}</c:ser>`;
}

function axes(catId: number, valId: number, horizontal: boolean, secondary: boolean, format: string): string {
  const catPos = horizontal ? 'l' : 'b';
  const valPos = secondary ? 'r' : horizontal ? 'b' : 'l';
  const orientation = horizontal ? 'maxMin' : 'minMax';
  const grid = secondary ? '' : '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  const small = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>';
  return (
    `<c:catAx><c:axId val="${catId}"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="${secondary ? 1 : 0}"/><c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${small}<c:crossAx val="${valId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/>${grid}<c:numFmt formatCode="${esc(format)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${small}<c:crossAx val="${catId}"/><c:crosses val="${secondary ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** An axis number format from a cell format: `0%` for rates, `#,##0` otherwise (currency symbols are in the title). */
function axisFormat(column: Column | undefined): string {
  const f = column?.cells.find((c) => typeof c.value === 'number')?.format ?? '';
  return f.includes('%') ? '0%' : '#,##0';
}

/** The `xl/charts/chartN.xml` part of one recorded chart. */
export function chartXml(wb: Workbook, sheet: SheetModel, spec: ChartSpec): string {
  const [domain, ...values] = columnsOf(wb, sheet, spec);
  if (!domain) throw new Error('a chart needs at least one column');
  const labels = domain.cells.map((c) => displayValue(c.value as never, c.format, wb.locale, wb.timeZone));
  const title = String(spec.options.title ?? '');
  const seriesOptions = (spec.options.series ?? {}) as Record<string, { type?: string; targetAxisIndex?: number } | undefined>;
  const isLine = (k: number) => spec.type === 'LINE' || (spec.type === 'COMBO' && (seriesOptions[k]?.type ?? (k === 0 ? 'bars' : 'line')) === 'line');
  const horizontal = spec.type === 'BAR';
  const bars = values.map((v, k) => ({ v, k })).filter((s) => !isLine(s.k));
  const lines = values.map((v, k) => ({ v, k })).filter((s) => isLine(s.k));
  const secondary = lines.some((s) => seriesOptions[s.k]?.targetAxisIndex === 1) && bars.length > 0;
  let plot = '';
  if (bars.length > 0) {
    plot += `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((s) => series(s.k, domain, labels, s.v, false)).join('')}<c:gapWidth val="60"/><c:axId val="10"/><c:axId val="20"/></c:barChart>`;
  }
  if (lines.length > 0) {
    const [cat, val] = secondary || bars.length === 0 ? (secondary ? [30, 40] : [10, 20]) : [10, 20];
    plot += `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((s) => series(s.k, domain, labels, s.v, true)).join('')}<c:marker val="1"/><c:axId val="${cat}"/><c:axId val="${val}"/></c:lineChart>`;
  }
  plot += axes(10, 20, horizontal, false, axisFormat(bars[0]?.v ?? lines[0]?.v));
  if (secondary) plot += axes(30, 40, false, true, axisFormat(lines[0]?.v));
  const legend = values.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr></c:legend>' : '';
  const titleXml = title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1000" b="1"/><a:t>${esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : '<c:autoTitleDeleted val="1"/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart>${titleXml}<c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr></c:chartSpace>`;
}

/** Cell and offset (px) where `extent` pixels after cell `start` end, over sizes given by `sizeOf` (1-based cells). */
function endCell(start: number, offset: number, extent: number, sizeOf: (i: number) => number): { cell: number; offset: number } {
  let left = offset + extent;
  let cell = start;
  while (left > sizeOf(cell)) {
    left -= sizeOf(cell);
    cell++;
  }
  return { cell, offset: left };
}

/**
 * One two-cell anchor per chart, from its anchor cell to the cell its size in pixels reaches on this sheet's widths
 * and heights: the chart then covers the same cells in Excel and LibreOffice, whatever their character widths.
 */
function drawingXml(sheet: SheetModel): string {
  const widthOf = (c: number) => sheet.columnWidths[c] ?? 100;
  const heightOf = (r: number) => rowHeightPx(sheet, r);
  const anchors = sheet.charts.map((spec, i) => {
    const { anchorRow, anchorColumn, offsetX, offsetY } = spec.position;
    const width = Number(spec.options.width) || 600;
    const height = Number(spec.options.height) || 371;
    const to = { col: endCell(anchorColumn, offsetX, width, widthOf), row: endCell(anchorRow, offsetY, height, heightOf) };
    const point = (col: number, colOff: number, row: number, rowOff: number) =>
      `<xdr:col>${col - 1}</xdr:col><xdr:colOff>${Math.round(colOff * EMU_PER_PX)}</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>${Math.round(rowOff * EMU_PER_PX)}</xdr:rowOff>`;
    return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${point(anchorColumn, offsetX, anchorRow, offsetY)}</xdr:from><xdr:to>${point(to.col.cell, to.col.offset, to.row.cell, to.row.offset)}</xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join('')}</xdr:wsDr>`;
}

const RELS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

/** Adds every sheet's recorded charts to the `.xlsx` bytes ExcelJS wrote (sheet i is `xl/worksheets/sheet{i+1}.xml`). */
export async function addCharts(xlsx: Uint8Array | ArrayBuffer, wb: Workbook): Promise<Uint8Array> {
  if (!wb.sheets.some((s) => s.charts.length > 0)) return xlsx instanceof Uint8Array ? xlsx : new Uint8Array(xlsx);
  const zip = await JSZip.loadAsync(xlsx);
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const [i, sheet] of wb.sheets.entries()) {
    if (sheet.charts.length === 0) continue;
    drawingNumber++;
    const chartRels: string[] = [];
    for (const spec of sheet.charts) {
      chartNumber++;
      zip.file(`xl/charts/chart${chartNumber}.xml`, chartXml(wb, sheet, spec));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      chartRels.push(`<Relationship Id="rId${chartRels.length + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNumber}.xml"/>`);
    }
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingXml(sheet));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, `${RELS_HEAD}${chartRels.join('')}</Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${drawingNumber}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    const relId = 'rIdSalesKpiDrawing';
    const relsFile = zip.file(relsPath);
    const rels = relsFile ? await relsFile.async('string') : `${RELS_HEAD}</Relationships>`;
    zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`));
    let xml = await zip.file(sheetPath)!.async('string');
    if (!xml.includes('xmlns:r=')) xml = xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
    const tag = `<drawing r:id="${relId}"/>`;
    const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<tableParts', '<extLst', '</worksheet>'].map((t) => xml.indexOf(t)).filter((k) => k >= 0);
    const at = Math.min(...before);
    xml = `${xml.slice(0, at)}${tag}${xml.slice(at)}`;
    zip.file(sheetPath, xml);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
