// A registry of KPI entries that rejects duplicate ids, duplicate function names and malformed entries.

import { ENTITY_IDS, entityDef } from '../model/entities';
import type { KpiDef } from './types';

export interface Registry {
  readonly all: readonly KpiDef[];
  byId(id: string): KpiDef | undefined;
  byFn(fn: string): KpiDef | undefined;
}

const ID_RE = /^[a-z][a-z0-9_]*$/;
const FN_RE = /^[A-Z][A-Z0-9_]*$/;
/** Words a generated `function NAME(a, b)` declaration cannot use as a parameter name. */
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval'.split(' '),
);
const UNITS = ['currency', 'rate', 'hours', 'days', 'months', 'count', 'ratio'];
const BETTER = ['up', 'down', 'neutral'];

function problemsOf(def: KpiDef): string[] {
  const out: string[] = [];
  if (typeof def.id !== 'string' || !ID_RE.test(def.id)) out.push('id must be lower snake case');
  if (typeof def.fn !== 'string' || !FN_RE.test(def.fn)) out.push('fn must be upper snake case');
  for (const key of ['label', 'description'] as const) {
    const text = def[key];
    if (!text?.fr || !text.en) out.push(`${key} needs French and English text`);
  }
  if (!UNITS.includes(def.unit)) out.push(`unknown unit "${def.unit}"`);
  if (!BETTER.includes(def.better)) out.push(`unknown direction "${def.better}"`);
  if (typeof def.compute !== 'function') out.push('compute must be a function');
  if (!def.example?.formula?.startsWith('=') || !def.example.result)
    out.push('example needs a formula starting with "=" and a result');
  if (!Array.isArray(def.needs) || def.needs.length === 0) out.push('needs must list at least one alternative');
  else
    for (const alternative of def.needs) {
      if (!alternative.length) out.push('a needs alternative is empty');
      for (const need of alternative) {
        if (!(ENTITY_IDS as readonly string[]).includes(need.entity)) {
          out.push(`unknown entity "${need.entity}"`);
          continue;
        }
        const fields = entityDef(need.entity).fields.map((f) => f.id);
        for (const f of need.fields) if (!fields.includes(f)) out.push(`unknown field "${need.entity}.${f}"`);
      }
    }
  if (def.arithmetic) {
    const { params, compute } = def.arithmetic;
    if (!params.length || typeof compute !== 'function') out.push('arithmetic needs parameters and a compute function');
    else if (compute.length !== params.length) out.push(`arithmetic compute takes ${compute.length} arguments but ${params.length} parameters are documented`);
    const names = params.map((p) => p.name);
    for (const p of params) if (!ID_RE.test(p.name) || RESERVED.has(p.name) || !p.doc.fr || !p.doc.en) out.push(`arithmetic parameter "${p.name}" is malformed`);
    for (const p of params) if (p.atMost && !names.includes(p.atMost)) out.push(`arithmetic parameter "${p.name}" is a part of unknown "${p.atMost}"`);
    for (const b of def.arithmetic.bounds ?? []) {
      for (const n of [...b.plus, ...(b.minus ?? []), b.atMost]) if (!names.includes(n)) out.push(`arithmetic bound names unknown parameter "${n}"`);
    }
    for (const z of def.arithmetic.zero ?? []) if (!names.includes(z)) out.push(`arithmetic zero names unknown parameter "${z}"`);
    params.forEach((p, i) => {
      if (!p.optional && params.slice(0, i).some((q) => q.optional)) out.push(`required parameter "${p.name}" follows an optional one`);
    });
  }
  return out;
}

/** Checks every entry and indexes them by id and function name; throws an Error naming every problem found. */
export function createRegistry(defs: readonly KpiDef[]): Registry {
  const ids = new Map<string, KpiDef>();
  const fns = new Map<string, KpiDef>();
  const problems: string[] = [];
  defs.forEach((def, index) => {
    const name = def && typeof def.id === 'string' ? def.id : `#${index}`;
    for (const p of def ? problemsOf(def) : ['entry is empty']) problems.push(`KPI ${name}: ${p}`);
    if (!def) return;
    if (ids.has(def.id)) problems.push(`KPI ${name}: duplicate id "${def.id}"`);
    else ids.set(def.id, def);
    if (fns.has(def.fn)) problems.push(`KPI ${name}: duplicate function name "${def.fn}" (already used by ${fns.get(def.fn)!.id})`);
    else fns.set(def.fn, def);
  });
  if (problems.length) throw new Error(`Invalid KPI catalog:\n${problems.join('\n')}`);
  return {
    all: defs,
    byId: (id) => ids.get(id),
    byFn: (fn) => fns.get(fn.toUpperCase()),
  };
}
