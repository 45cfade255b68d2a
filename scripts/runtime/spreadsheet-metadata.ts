// Developer metadata of the local SpreadsheetApp: objects on the spreadsheet or a sheet, and the finder.

import type { ServiceContext } from './service-context';
import { sheetObject } from './spreadsheet-sheet';
import type { DeveloperMetadataModel, MetadataVisibility, SheetModel } from './workbook-model';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

/** A stored metadata item and the list it lives in (the spreadsheet's or a sheet's). */
export interface MetadataHome {
  list: () => DeveloperMetadataModel[];
  setList: (items: DeveloperMetadataModel[]) => void;
  sheet: SheetModel | null;
}

export class DeveloperMetadata
  implements Pick<GasMetadata, 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'setKey' | 'setValue' | 'setVisibility' | 'remove' | 'getLocation'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly model: DeveloperMetadataModel,
    private readonly home: MetadataHome,
  ) {}

  private _self(): GasMetadata {
    return this as unknown as GasMetadata;
  }
  getId(): number {
    return this.model.id;
  }
  getKey(): string {
    return this.model.key;
  }
  getValue(): string {
    return this.model.value as string;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return this.model.visibility as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  setKey(key: string): GasMetadata {
    this.model.key = String(key);
    return this._self();
  }
  setValue(value: string): GasMetadata {
    this.model.value = String(value);
    return this._self();
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GasMetadata {
    this.model.visibility = String(visibility) as MetadataVisibility;
    if (this.model.visibility === 'PROJECT') this.model.project = this.ctx.state.script.cloudProject;
    else delete this.model.project;
    return this._self();
  }
  remove(): void {
    this.home.setList(this.home.list().filter((m) => m.id !== this.model.id));
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const sheet = this.home.sheet;
    return this.ctx.wrap(
      {
        getLocationType: () => (sheet ? 'SHEET' : 'SPREADSHEET'),
        getSheet: () => (sheet ? sheetFor(this.ctx, sheet) : null),
      },
      'DeveloperMetadataLocation',
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }
}

function sheetFor(ctx: ServiceContext, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
  return sheetObject(ctx, sheet);
}

/** Adds a metadata item to a home (Google's overloads: key; key, visibility; key, value; key, value, visibility). */
export function addMetadata(ctx: ServiceContext, home: MetadataHome, key: string, a?: unknown, b?: unknown): void {
  const visibilities = ['DOCUMENT', 'PROJECT'];
  const aIsVisibility = a !== undefined && b === undefined && visibilities.includes(String(a));
  const value = a === undefined || aIsVisibility ? null : String(a);
  const visibility = (aIsVisibility ? String(a) : b !== undefined ? String(b) : 'DOCUMENT') as MetadataVisibility;
  const project = visibility === 'PROJECT' ? { project: ctx.state.script.cloudProject } : {};
  home.list().push({ id: ctx.state.ids.next++, key: String(key), value, visibility, ...project });
}

const FIRST_PROJECT = 'cloud-project-1';

/** DOCUMENT metadata is seen by every project; PROJECT metadata only by the Cloud project that created it. */
export function visibleTo(ctx: ServiceContext, m: DeveloperMetadataModel): boolean {
  return m.visibility !== 'PROJECT' || (m.project ?? FIRST_PROJECT) === ctx.state.script.cloudProject;
}

export function metadataObjects(ctx: ServiceContext, home: MetadataHome): GasMetadata[] {
  return home.list().filter((m) => visibleTo(ctx, m)).map((m) => ctx.wrap(new DeveloperMetadata(ctx, m, home), 'DeveloperMetadata') as unknown as GasMetadata);
}

export class DeveloperMetadataFinder
  implements Pick<GasFinder, 'withKey' | 'withValue' | 'withId' | 'withVisibility' | 'withLocationType' | 'find'>
{
  private readonly tests: ((m: DeveloperMetadataModel, home: MetadataHome) => boolean)[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly homes: () => MetadataHome[],
  ) {}

  private _with(test: (m: DeveloperMetadataModel, home: MetadataHome) => boolean): GasFinder {
    this.tests.push(test);
    return this as unknown as GasFinder;
  }
  withKey(key: string): GasFinder {
    return this._with((m) => m.key === key);
  }
  withValue(value: string): GasFinder {
    return this._with((m) => m.value === value);
  }
  withId(id: number): GasFinder {
    return this._with((m) => m.id === id);
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GasFinder {
    return this._with((m) => m.visibility === String(visibility));
  }
  withLocationType(type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GasFinder {
    return this._with((_m, home) => (home.sheet ? 'SHEET' : 'SPREADSHEET') === String(type));
  }
  find(): GasMetadata[] {
    const out: GasMetadata[] = [];
    for (const home of this.homes()) {
      for (const m of home.list()) {
        if (visibleTo(this.ctx, m) && this.tests.every((t) => t(m, home))) {
          out.push(this.ctx.wrap(new DeveloperMetadata(this.ctx, m, home), 'DeveloperMetadata') as unknown as GasMetadata);
        }
      }
    }
    return this.ctx.realm.array(out);
  }
}

export function sheetHome(sheet: SheetModel): MetadataHome {
  return { list: () => sheet.metadata, setList: (items) => (sheet.metadata = items), sheet };
}
