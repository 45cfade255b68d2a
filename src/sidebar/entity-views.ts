// The entities and fields as the page shows them: translated labels, the KPIs each field unlocks, most useful first.

import { ENTITIES, type EntityId } from '../model/entities';
import type { Lang } from '../model/settings';
import { unlockedBy } from '../kpi/requirements';
import type { EntityView, FieldView } from './protocol';

/** Entities in catalogue order; inside each, fields needed by more KPIs come first (ties keep catalogue order). */
export function entityViews(lang: Lang): EntityView[] {
  return ENTITIES.map((entity) => {
    const fields: FieldView[] = entity.fields.map((f) => ({
      id: f.id,
      label: f.label[lang],
      type: f.type,
      unlocks: unique(unlockedBy(entity.id, f.id).map((k) => k.label[lang])),
    }));
    const order = fields.map((f, i) => ({ f, i }));
    order.sort((a, b) => b.f.unlocks.length - a.f.unlocks.length || a.i - b.i);
    return {
      id: entity.id as EntityId,
      label: entity.label[lang],
      fields: order.map((x) => x.f),
      unlocks: unique(fields.flatMap((f) => f.unlocks)),
    };
  });
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
