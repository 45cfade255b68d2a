// Protection of the local SpreadsheetApp: description, warning-only flag, editors, removal.

import { parseA1 } from './a1';
import type { ServiceContext } from './service-context';
import { rangeObject } from './spreadsheet-range';
import type { ProtectionModel, SheetModel } from './workbook-model';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type Methods =
  | 'getDescription' | 'setDescription' | 'isWarningOnly' | 'setWarningOnly' | 'remove' | 'getProtectionType'
  | 'getRange' | 'getEditors' | 'addEditor' | 'removeEditor' | 'canEdit' | 'setDomainEdit' | 'canDomainEdit';

export class Protection implements Pick<GasProtection, Methods> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly sheet: SheetModel,
    private readonly model: ProtectionModel,
  ) {}

  private _self(): GasProtection {
    return this as unknown as GasProtection;
  }

  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): GasProtection {
    this.model.description = String(description);
    return this._self();
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GasProtection {
    this.model.warningOnly = Boolean(warningOnly);
    return this._self();
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p.id !== this.model.id);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.model.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const a1 = this.model.range ?? `A1:${'Z'}${this.sheet.maxRows}`;
    return rangeObject(this.ctx, this.sheet, parseA1(a1, this.sheet.maxRows, this.sheet.maxColumns));
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.model.editors.map((email) => ({ getEmail: () => email }) as unknown as GoogleAppsScript.Base.User);
  }
  addEditor(email: string | GoogleAppsScript.Base.User): GasProtection {
    const address = typeof email === 'string' ? email : email.getEmail();
    if (!this.model.editors.includes(address)) this.model.editors.push(address);
    return this._self();
  }
  removeEditor(email: string | GoogleAppsScript.Base.User): GasProtection {
    const address = typeof email === 'string' ? email : email.getEmail();
    this.model.editors = this.model.editors.filter((e) => e !== address);
    return this._self();
  }
  canEdit(): boolean {
    return this.model.warningOnly || this.model.editors.includes(this.ctx.settings.userEmail);
  }
  setDomainEdit(_editable: boolean): GasProtection {
    return this._self();
  }
  canDomainEdit(): boolean {
    return false;
  }
}

export function protectionObject(ctx: ServiceContext, sheet: SheetModel, model: ProtectionModel): GasProtection {
  return ctx.wrap(new Protection(ctx, sheet, model), 'Protection') as unknown as GasProtection;
}
