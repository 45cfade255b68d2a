// The local ScriptApp: trigger builders (time-based, spreadsheet), project triggers, AuthMode and EventType enums.

import { authorizationInfo, requireScopes } from './authorization';
import type { ServiceContext, TriggerModel } from './service-context';

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

/** Google: 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;

/** A Google enum value: an object (so `e.authMode === 'NONE'` is false, as on Google) whose name is its string form. */
export class EnumValue {
  constructor(private readonly _name: string) {}
  name(): string {
    return this._name;
  }
  toString(): string {
    return this._name;
  }
  toJSON(): string {
    return this._name;
  }
}

export const AUTH_MODES = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const;

export class Trigger
  implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'>
{
  constructor(readonly model: TriggerModel) {}

  getHandlerFunction(): string {
    return this.model.handlerFunction;
  }
  getUniqueId(): string {
    return this.model.id;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.model.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return (this.model.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS') as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.model.sourceId ?? '';
  }
}

/** One builder object for every stage (TriggerBuilder, ClockTriggerBuilder, SpreadsheetTriggerBuilder). */
export class TriggerBuilder {
  private readonly model: TriggerModel;

  constructor(
    private readonly ctx: ServiceContext,
    handlerFunction: string,
  ) {
    this.model = { id: '', handlerFunction, eventType: 'CLOCK', schedule: {}, sourceId: null, owner: '', documentId: null, createdAt: 0 };
  }

  private _set(key: string, value: unknown): this {
    this.model.schedule[key] = value;
    return this;
  }
  timeBased(): this {
    this.model.eventType = 'CLOCK';
    return this;
  }
  forSpreadsheet(spreadsheet: string | { getId(): string }): this {
    this.model.sourceId = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return this;
  }
  onOpen(): this {
    this.model.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.model.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.model.eventType = 'ON_CHANGE';
    return this;
  }
  onMonthDay(day: number): this {
    if (day < 1 || day > 31) throw new Error('Invalid argument: day');
    return this._set('monthDay', day);
  }
  onWeekDay(day: unknown): this {
    return this._set('weekDay', String(day));
  }
  atHour(hour: number): this {
    if (hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    return this._set('hour', hour);
  }
  nearMinute(minute: number): this {
    return this._set('minute', minute);
  }
  everyMinutes(n: number): this {
    return this._set('everyMinutes', n);
  }
  everyHours(n: number): this {
    return this._set('everyHours', n);
  }
  everyDays(n: number): this {
    return this._set('everyDays', n);
  }
  everyWeeks(n: number): this {
    return this._set('everyWeeks', n);
  }
  /** Not in Google's API (monthly runs use onMonthDay); accepted for convenience. */
  everyMonths(n: number): this {
    return this._set('everyMonths', n);
  }
  inTimezone(timeZone: string): this {
    return this._set('timeZone', timeZone);
  }
  at(date: Date): this {
    return this._set('at', new Date(date.getTime()).toISOString());
  }
  after(ms: number): this {
    return this._set('after', ms);
  }
  create(): GoogleAppsScript.Script.Trigger {
    const { state, settings } = this.ctx;
    const owner = settings.userEmail;
    const documentId = this.model.sourceId ?? state.workbook.id;
    const mine = state.triggers.filter((t) => t.owner === owner);
    if (mine.length >= TRIGGER_LIMIT) {
      throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    if (settings.addon) {
      const s = this.model.schedule;
      if (typeof s.everyMinutes === 'number') throw new Error('Add-ons may not run a time-driven trigger more often than once an hour.');
      if (mine.some((t) => t.documentId === documentId && t.eventType === this.model.eventType)) {
        throw new Error(`Add-ons can only have one trigger of each type per user per document: ${owner} already has a ${this.model.eventType} trigger here.`);
      }
    }
    const model: TriggerModel = {
      ...this.model,
      schedule: { ...this.model.schedule },
      id: String(1000000 + state.ids.next++),
      owner,
      documentId,
      createdAt: state.clock.now(),
    };
    state.triggers.push(model);
    return triggerObject(this.ctx, model);
  }
}

export function triggerObject(ctx: ServiceContext, model: TriggerModel): GoogleAppsScript.Script.Trigger {
  return ctx.wrap(new Trigger(model), 'Trigger') as unknown as GoogleAppsScript.Script.Trigger;
}

export class ScriptAppService
  implements Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'requireScopes' | 'requireAllScopes'>
{
  readonly AuthMode: Readonly<Record<(typeof AUTH_MODES)[number], EnumValue>>;
  readonly EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  readonly TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
  readonly AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');

  constructor(
    private readonly ctx: ServiceContext,
    authModes: Readonly<Record<(typeof AUTH_MODES)[number], EnumValue>>,
  ) {
    this.AuthMode = authModes;
  }

  private _mine(): TriggerModel[] {
    return this.ctx.state.triggers.filter((t) => t.owner === this.ctx.settings.userEmail);
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return this.ctx.wrap(new TriggerBuilder(this.ctx, String(functionName)), 'TriggerBuilder') as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /** "All installable triggers associated with the current project and current user": never a teammate's. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.ctx.realm.array(this._mine().map((t) => triggerObject(this.ctx, t)));
  }
  /** The current user's triggers for this document, for this add-on. */
  getUserTriggers(document: { getId(): string } | null): GoogleAppsScript.Script.Trigger[] {
    if (!document || typeof document.getId !== 'function') throw new Error('Invalid argument: document');
    const id = document.getId();
    return this.ctx.realm.array(this._mine().filter((t) => t.documentId === id).map((t) => triggerObject(this.ctx, t)));
  }
  /** Deletes one of the user's own triggers (another user's trigger is never reachable). */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    const triggers = this.ctx.state.triggers;
    const index = triggers.findIndex((t) => t.id === id && t.owner === this.ctx.settings.userEmail);
    if (index >= 0) triggers.splice(index, 1);
  }
  getAuthorizationInfo(_authMode: unknown, oAuthScopes?: unknown): GoogleAppsScript.Script.AuthorizationInfo {
    return authorizationInfo(this.ctx, oAuthScopes) as GoogleAppsScript.Script.AuthorizationInfo;
  }
  requireScopes(_authMode: unknown, oAuthScopes: unknown): void {
    requireScopes(this.ctx, oAuthScopes);
  }
  requireAllScopes(_authMode: unknown): void {
    requireScopes(this.ctx);
  }
  getScriptId(): string {
    return this.ctx.settings.scriptId;
  }
}
