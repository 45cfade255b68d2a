// Embedded charts of the local SpreadsheetApp, recorded as plain specs: builder, chart object, Charts enums.

import { type Box, boxA1, qualifiedA1 } from './a1';
import { chartOptionProblem } from './chart-options';
import type { ServiceContext } from './service-context';
import type { Range } from './spreadsheet-range';
import type { ChartSpec, SheetModel } from './workbook-model';

type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const CHART_TYPES = [
  'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG',
  'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL',
] as const;

const enumOf = <T extends string>(names: readonly T[]): Record<T, T> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

/** The global `Charts` service: enums only (charts are built through Sheet.newChart). */
export function chartsService(): object {
  return {
    ChartType: enumOf(CHART_TYPES),
    Position: enumOf(['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const),
    CurveStyle: enumOf(['NORMAL', 'SMOOTH'] as const),
    PointStyle: enumOf(['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'] as const),
    ChartMergeStrategy: enumOf(['MERGE_COLUMNS', 'MERGE_ROWS'] as const),
    ChartHiddenDimensionStrategy: enumOf([
      'IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH',
    ] as const),
  };
}

const AS_METHODS: Record<string, string> = {
  asAreaChart: 'AREA', asBarChart: 'BAR', asColumnChart: 'COLUMN', asComboChart: 'COMBO', asHistogramChart: 'HISTOGRAM',
  asLineChart: 'LINE', asPieChart: 'PIE', asScatterChart: 'SCATTER', asTableChart: 'TABLE',
};

/** Typed-builder setters recorded as options: setTitle('x') → options.title = 'x'. */
const OPTION_SETTERS: Record<string, (spec: ChartSpec, args: unknown[]) => void> = {
  setTitle: (s, [t]) => (s.options.title = t),
  setColors: (s, [c]) => (s.options.colors = Array.from(c as string[])),
  setLegendPosition: (s, [p]) => (s.options['legend.position'] = String(p).toLowerCase()),
  setStacked: (s) => (s.options.isStacked = true),
  setXAxisTitle: (s, [t]) => (s.options['hAxis.title'] = t),
  setYAxisTitle: (s, [t]) => (s.options['vAxis.title'] = t),
  set3D: (s) => (s.options.is3D = true),
  reverseCategories: (s) => (s.options.reverseCategories = true),
  setPointStyle: (s, [p]) => (s.options.pointSize = String(p)),
  setCurveStyle: (s, [c]) => (s.options.curveType = String(c).toLowerCase()),
  setDimensions: (s, [w, h]) => Object.assign(s.options, { width: w, height: h }),
};

export class EmbeddedChartBuilder
  implements Pick<GasBuilder, 'setChartType' | 'addRange' | 'removeRange' | 'clearRanges' | 'setPosition' | 'setOption' | 'setNumHeaders' | 'setTransposeRowsAndColumns' | 'getChartType' | 'getRanges' | 'build'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly sheet: SheetModel,
    readonly spec: ChartSpec,
  ) {
    const self = this as unknown as Record<string, unknown>;
    for (const [method, type] of Object.entries(AS_METHODS)) {
      self[method] = () => {
        this.spec.type = type;
        return this;
      };
    }
    for (const [method, apply] of Object.entries(OPTION_SETTERS)) {
      self[method] = (...args: unknown[]) => {
        apply(this.spec, args);
        return this;
      };
    }
  }

  private _self(): GasBuilder {
    return this as unknown as GasBuilder;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    this.spec.type = String(type);
    return this._self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.spec.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    this.spec.ranges.push(chartRangeA1(this.sheet, range));
    return this._self();
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    const a1 = chartRangeA1(this.sheet, range);
    this.spec.ranges = this.spec.ranges.filter((r) => r !== a1);
    return this._self();
  }
  clearRanges(): GasBuilder {
    this.spec.ranges = [];
    return this._self();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    throw new Error('Local runtime: EmbeddedChartBuilder.getRanges is not implemented');
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): GasBuilder {
    this.spec.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this._self();
  }
  setOption(option: string, value: unknown): GasBuilder {
    this.spec.options[option] = value;
    return this._self();
  }
  setNumHeaders(headers: number): GasBuilder {
    this.spec.numHeaders = headers;
    return this._self();
  }
  setTransposeRowsAndColumns(transpose: boolean): GasBuilder {
    this.spec.transpose = transpose;
    return this._self();
  }
  /** Google ignores an option it does not know; the runtime refuses it (checked against the final chart type), so a typo shows in tests. */
  build(): GasChart {
    for (const [key, value] of Object.entries(this.spec.options)) {
      const problem = chartOptionProblem(this.spec.type, key, value);
      if (problem) throw new Error(`Local runtime: setOption: ${problem}`);
    }
    return chartObject(this.ctx, this.sheet, structuredClone(this.spec));
  }
}

/** The A1 notation of a range added to a chart, read from the range's own state (no counted service calls: in Apps Script addRange is one call). */
function chartRangeA1(sheet: SheetModel, range: GoogleAppsScript.Spreadsheet.Range): string {
  const inner = range as unknown as { model?: SheetModel; box?: Box };
  if (inner.model && inner.box) return inner.model.name === sheet.name ? boxA1(inner.box) : qualifiedA1(inner.model.name, inner.box);
  const rangeSheet = range.getSheet().getName();
  const box = (range as unknown as Range).box;
  const a1 = range.getA1Notation();
  return rangeSheet === sheet.name || !box ? a1 : qualifiedA1(rangeSheet, box);
}

export class EmbeddedChart implements Pick<GasChart, 'getChartId' | 'modify' | 'getOptions' | 'getNumHeaders' | 'getTransposeRowsAndColumns'> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly sheet: SheetModel,
    readonly spec: ChartSpec,
  ) {}

  getChartId(): number {
    return Number(this.spec.id.replace(/\D/g, ''));
  }
  /** Not part of Google's API: the id of the recorded spec. */
  getId(): string {
    return this.spec.id;
  }
  modify(): GasBuilder {
    return builderObject(this.ctx, this.sheet, structuredClone(this.spec));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.spec.options;
    const read = { get: (key: string) => options[key], getOrDefault: (key: string) => options[key] ?? null };
    return this.ctx.wrap(read, 'ChartOptions') as unknown as GoogleAppsScript.Charts.ChartOptions;
  }
  getNumHeaders(): number {
    return this.spec.numHeaders ?? -1;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  /** Not part of Google's API: the recorded spec, for tests. */
  getSpec(): ChartSpec {
    return structuredClone(this.spec);
  }
}

export function newChartSpec(ctx: ServiceContext): ChartSpec {
  return {
    id: `chart-${ctx.state.ids.next++}`,
    type: 'COLUMN',
    ranges: [],
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    options: {},
    numHeaders: null,
    transpose: false,
  };
}

export function builderObject(ctx: ServiceContext, sheet: SheetModel, spec: ChartSpec): GasBuilder {
  return ctx.wrap(new EmbeddedChartBuilder(ctx, sheet, spec), 'EmbeddedChartBuilder') as unknown as GasBuilder;
}

export function chartObject(ctx: ServiceContext, sheet: SheetModel, spec: ChartSpec): GasChart {
  return ctx.wrap(new EmbeddedChart(ctx, sheet, spec), 'EmbeddedChart') as unknown as GasChart;
}

/** The spec behind a chart object a script passes back (insertChart, updateChart, removeChart). */
export function specOf(chart: unknown): ChartSpec {
  const spec = (chart as { spec?: ChartSpec }).spec;
  if (!spec) throw new Error('Invalid argument: chart');
  return spec;
}
