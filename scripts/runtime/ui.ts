// The local Ui: add-on and custom menus, alerts and prompts answered from a script, sidebars and dialogs recorded.

import type { ServiceContext } from './service-context';
import type { MenuRecord } from './ui-log';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

export const BUTTON = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const BUTTON_SET = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export class Menu implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  constructor(
    private readonly ctx: ServiceContext,
    readonly record: MenuRecord,
  ) {}

  private _self(): GasMenu {
    return this as unknown as GasMenu;
  }
  addItem(caption: string, functionName: string): GasMenu {
    this.record.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this._self();
  }
  addSeparator(): GasMenu {
    this.record.items.push({ kind: 'separator' });
    return this._self();
  }
  addSubMenu(menu: GasMenu): GasMenu {
    this.record.items.push({ kind: 'submenu', menu: (menu as unknown as Menu).record });
    return this._self();
  }
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const same = menus.findIndex((m) => m.title === this.record.title && m.addon === this.record.addon);
    if (same >= 0) menus[same] = this.record;
    else menus.push(this.record);
  }
}

interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
  getWidth?(): number;
  getHeight?(): number;
}

function htmlParts(output: unknown): { html: string; title: string; width: number | null; height: number | null } {
  const o = output as HtmlLike;
  return {
    html: o.getContent(),
    title: o.getTitle ? o.getTitle() : '',
    width: o.getWidth ? o.getWidth() : null,
    height: o.getHeight ? o.getHeight() : null,
  };
}

export class Ui
  implements Pick<GasUi, 'createAddonMenu' | 'createMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'>
{
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(private readonly ctx: ServiceContext) {}

  createAddonMenu(): GasMenu {
    return this._menu(this.ctx.settings.addonName, true);
  }
  createMenu(caption: string): GasMenu {
    return this._menu(String(caption), false);
  }
  private _menu(title: string, addon: boolean): GasMenu {
    return this.ctx.wrap(new Menu(this.ctx, { title, addon, items: [] }), 'Menu') as unknown as GasMenu;
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), String(c)] : b !== undefined ? ['', a, String(b)] : ['', a, 'OK'];
    const answer = this.ctx.ui.nextAnswer(buttons).button;
    this.ctx.ui.alerts.push({ title, prompt, buttons, answer });
    return answer as unknown as GoogleAppsScript.Base.Button;
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), String(c)] : b !== undefined ? ['', a, String(b)] : ['', a, 'OK'];
    const answer = this.ctx.ui.nextAnswer(buttons);
    this.ctx.ui.prompts.push({ title, prompt, buttons, answer });
    const response = { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
    return this.ctx.wrap(response, 'PromptResponse') as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  showSidebar(userInterface: object): void {
    const { html, title, width } = htmlParts(userInterface);
    this.ctx.ui.sidebars.push({ html, title, width });
  }
  showModalDialog(userInterface: object, title: string): void {
    const { html, width, height } = htmlParts(userInterface);
    this.ctx.ui.dialogs.push({ html, title: String(title), width, height, modal: true });
  }
  showModelessDialog(userInterface: object, title: string): void {
    const { html, width, height } = htmlParts(userInterface);
    this.ctx.ui.dialogs.push({ html, title: String(title), width, height, modal: false });
  }
}

export function uiObject(ctx: ServiceContext): GasUi {
  return ctx.wrap(new Ui(ctx), 'Ui') as unknown as GasUi;
}
