// What the local UI showed (menus, toasts, alerts, prompts, sidebars, dialogs) and the answers scripted for it.

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface DialogRecord {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  modal: boolean;
}

export interface ScriptedAnswer {
  button: string;
  text: string;
}

export class UiLog {
  menus: MenuRecord[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  alerts: { title: string; prompt: string; buttons: string; answer: string }[] = [];
  prompts: { title: string; prompt: string; buttons: string; answer: ScriptedAnswer }[] = [];
  sidebars: { title: string; html: string; width: number | null }[] = [];
  dialogs: DialogRecord[] = [];
  /** Consent prompts shown by ScriptApp.requireScopes (granular consent), with the scopes still missing. */
  consents: { scopes: string[] }[] = [];
  private readonly answers: ScriptedAnswer[] = [];

  /** Queues the button (and text, for prompts) the user will answer to the next alert or prompt. */
  answer(button: string, text = ''): void {
    this.answers.push({ button, text });
  }

  /** Takes the next scripted answer, or the default one (first button of the set). */
  nextAnswer(buttons: string): ScriptedAnswer {
    const queued = this.answers.shift();
    if (queued) return queued;
    return { button: buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
  }

  /** The menu titles and their item captions, for quick assertions. */
  menuCaptions(): { title: string; items: string[] }[] {
    return this.menus.map((m) => ({
      title: m.title,
      items: m.items.map((i) => (i.kind === 'item' ? i.caption : i.kind === 'separator' ? '---' : `> ${i.menu.title}`)),
    }));
  }

  clear(): void {
    this.menus = [];
    this.toasts = [];
    this.alerts = [];
    this.prompts = [];
    this.sidebars = [];
    this.dialogs = [];
  }
}
