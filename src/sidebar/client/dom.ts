// Tiny DOM builder for the page: attributes and text nodes only, so sheet content can never become markup.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly [name: string]: string | number | boolean | null | undefined | ((event: Event) => void);
}

/** Creates an element; `on*` props become listeners, `true` props bare attributes, strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
      else if (name === 'value') (el as HTMLInputElement).value = String(value);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A select whose options are `[value, text]` pairs (text set as text, never parsed). */
export function select(props: Props, options: readonly (readonly [string, string])[], selected: string): HTMLSelectElement {
  const el = h('select', props);
  for (const [value, text] of options) {
    const option = h('option', null, text);
    option.value = value;
    if (value === selected) option.selected = true;
    el.appendChild(option);
  }
  return el;
}

/** Replaces the children of `root`, putting the keyboard focus back on the element with the same id. */
export function replaceKeepingFocus(root: HTMLElement, children: readonly Child[]): void {
  const active = document.activeElement as HTMLElement | null;
  const id = active && root.contains(active) ? active.id : '';
  const scroll = document.scrollingElement ? document.scrollingElement.scrollTop : 0;
  while (root.firstChild) root.removeChild(root.firstChild);
  append(root, children);
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
  if (id) {
    const again = document.getElementById(id);
    if (again) again.focus();
  }
}

/** A safe id fragment from any text (entity and field ids are already safe; this guards the rest). */
export function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}
