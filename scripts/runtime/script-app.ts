// The local ScriptApp: trigger builders (time-based, spreadsheet), project triggers, AuthMode and EventType enums.

import type { ServiceContext, TriggerModel } from './service-context';

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

export const TRIGGER_LIMIT = 20;

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
    this.model = { id: '', handlerFunction, eventType: 'CLOCK', schedule: {}, sourceId: null };
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
    const triggers = this.ctx.state.triggers;
    if (triggers.length >= TRIGGER_LIMIT) {
      throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const model = { ...this.model, schedule: { ...this.model.schedule }, id: String(1000000 + this.ctx.state.ids.next++) };
    triggers.push(model);
    return triggerObject(this.ctx, model);
  }
}

export function triggerObject(ctx: ServiceContext, model: TriggerModel): GoogleAppsScript.Script.Trigger {
  return ctx.wrap(new Trigger(model), 'Trigger') as unknown as GoogleAppsScript.Script.Trigger;
}

export class ScriptAppService
  implements Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId'>
{
  readonly AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  readonly EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  readonly TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');

  constructor(private readonly ctx: ServiceContext) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return this.ctx.wrap(new TriggerBuilder(this.ctx, String(functionName)), 'TriggerBuilder') as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.ctx.realm.array(this.ctx.state.triggers.map((t) => triggerObject(this.ctx, t)));
  }
  getUserTriggers(_document: unknown): GoogleAppsScript.Script.Trigger[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    const triggers = this.ctx.state.triggers;
    const index = triggers.findIndex((t) => t.id === id);
    if (index >= 0) triggers.splice(index, 1);
  }
  getScriptId(): string {
    return this.ctx.settings.scriptId;
  }
}
