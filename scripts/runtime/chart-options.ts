// The chart configuration options Google documents per chart type; EmbeddedChartBuilder.setOption is checked against them.

/** Options of every chart (Google Charts configuration options shared by the core charts). */
const COMMON = [
  'title', 'titleTextStyle', 'titlePosition', 'width', 'height', 'colors', 'legend', 'backgroundColor', 'chartArea',
  'fontName', 'fontSize', 'tooltip', 'animation', 'enableInteractivity', 'forceIFrame', 'theme', 'annotations',
];
/** Charts with axes (area, bar, column, combo, line, scatter, stepped area, histogram). */
const AXES = [
  'hAxis', 'vAxis', 'hAxes', 'vAxes', 'axisTitlesPosition', 'series', 'dataOpacity', 'focusTarget', 'orientation',
  'reverseCategories', 'selectionMode', 'aggregationTarget', 'crosshair', 'explorer', 'domainAxis', 'interpolateNulls',
  'treatLabelsAsText', 'useFirstColumnAsDomain',
];
const BARS = ['bar', 'isStacked', 'trendlines'];
const LINES = ['curveType', 'lineWidth', 'lineDashStyle', 'pointSize', 'pointShape', 'pointsVisible', 'trendlines'];
const AREAS = ['areaOpacity', 'isStacked', 'lineWidth', 'lineDashStyle', 'pointSize', 'pointShape', 'pointsVisible'];

const BY_TYPE: Record<string, readonly string[]> = {
  AREA: [...COMMON, ...AXES, ...AREAS],
  STEPPED_AREA: [...COMMON, ...AXES, ...AREAS, 'connectSteps'],
  BAR: [...COMMON, ...AXES, ...BARS],
  COLUMN: [...COMMON, ...AXES, ...BARS],
  LINE: [...COMMON, ...AXES, ...LINES],
  SCATTER: [...COMMON, ...AXES, 'pointSize', 'pointShape', 'lineWidth', 'curveType', 'trendlines'],
  COMBO: [...COMMON, ...AXES, ...BARS, ...LINES, ...AREAS, 'seriesType', 'candlestick'],
  HISTOGRAM: [...COMMON, ...AXES, 'bar', 'histogram', 'isStacked'],
  PIE: [...COMMON, 'is3D', 'pieHole', 'pieSliceText', 'pieSliceTextStyle', 'pieSliceBorderColor', 'pieStartAngle', 'pieResidueSliceColor', 'pieResidueSliceLabel', 'slices', 'sliceVisibilityThreshold', 'reverseCategories'],
  TABLE: ['alternatingRowStyle', 'allowHtml', 'cssClassNames', 'firstRowNumber', 'frozenColumns', 'page', 'pageSize', 'pagingButtons', 'rtlTable', 'showRowNumber', 'sort', 'sortAscending', 'sortColumn', 'width', 'height'],
};

/** Keys of one entry of `series`, and the series types a combo chart accepts. */
const SERIES_KEYS = new Set([
  'type', 'targetAxisIndex', 'color', 'lineWidth', 'lineDashStyle', 'pointSize', 'pointShape', 'pointsVisible', 'curveType',
  'areaOpacity', 'labelInLegend', 'visibleInLegend', 'annotations', 'dataLabel', 'dataLabelPlacement',
]);
const SERIES_TYPES = new Set(['bars', 'line', 'area', 'steppedArea', 'candlesticks']);

/** The problem with setting `key` to `value` on a chart of `type`, or null when the documentation lists it. */
export function chartOptionProblem(type: string, key: string, value: unknown): string | null {
  const allowed = BY_TYPE[type];
  if (!allowed) return null; // types the runtime has no list for are not checked
  const top = key.split('.')[0];
  if (!allowed.includes(top)) return `"${key}" is not a documented option of ${type} charts`;
  if (top !== 'series' || key !== 'series' || value === null || typeof value !== 'object') return null;
  for (const [index, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!/^\d+$/.test(index)) return `series keys are series indexes, not "${index}"`;
    for (const [k, v] of Object.entries((entry ?? {}) as Record<string, unknown>)) {
      if (!SERIES_KEYS.has(k)) return `"series.${index}.${k}" is not a documented series option`;
      if (k === 'type' && (type !== 'COMBO' || !SERIES_TYPES.has(String(v)))) return `series type "${String(v)}" needs a COMBO chart and one of ${[...SERIES_TYPES].join(', ')}`;
    }
  }
  return null;
}
