// The plain-JSON shapes exchanged between the sidebar page and its server functions (no Date, no class).

import type { sidebarMessages } from '../i18n/messages/sidebar';
import type { EntityId, FieldType } from '../model/entities';
import type { Lookup } from '../model/lookup';

export type SidebarKey = keyof typeof sidebarMessages;
export type SidebarTexts = Readonly<Record<SidebarKey, string>>;

/** Number of top rows sent to the page so the user can pick a header row. */
export const HEADER_SCAN_ROWS = 10;
/** Data rows read below the header to build the preview and its validation summary. */
export const SAMPLE_ROWS = 500;
/** Data rows shown in the preview table. */
export const PREVIEW_ROWS = 5;

export interface SheetView {
  readonly name: string;
  /** The first rows, every cell as display text; `rows[r - 1]` are the headers when the header row is r. */
  readonly rows: readonly (readonly string[])[];
  /** Rows in the sheet (data range). */
  readonly lastRow: number;
}

export interface FieldView {
  readonly id: string;
  readonly label: string;
  readonly type: FieldType;
  /** Labels of the KPIs this field takes part in (empty: informative only). */
  readonly unlocks: readonly string[];
}

export interface EntityView {
  readonly id: EntityId;
  readonly label: string;
  /** Fields ordered with those needed by the most KPIs first. */
  readonly fields: readonly FieldView[];
  /** Labels of every KPI that needs this entity. */
  readonly unlocks: readonly string[];
}

export interface DraftEntity {
  readonly sheet: string;
  readonly headerRow: number;
  /** field id → header text. */
  readonly fields: Readonly<Record<string, string>>;
  /** field id → more headers read where the main one is blank (kept from suggestions and saved mappings). */
  readonly fallbacks?: Readonly<Record<string, readonly string[]>>;
}

export interface DraftSettings {
  readonly currency: string;
  readonly fiscalYearStart: number;
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
  /** Labels ticked as still open (absent from drafts of older pages). */
  readonly openLabels?: readonly string[];
  /** Business hours (absent from drafts of older pages and from configurations that never set them). */
  readonly businessHours?: DraftBusinessHours;
}

/** On: the dashboard's lead response time counts business hours; whole hours; ISO weekdays 1 (Monday) … 7. */
export interface DraftBusinessHours {
  readonly on: boolean;
  readonly start: number;
  readonly end: number;
  readonly days: readonly number[];
}

export interface Draft {
  readonly entities: Readonly<Partial<Record<EntityId, DraftEntity>>>;
  readonly settings: DraftSettings;
  /** Related tables (saved or detected from matching ids), sent back unchanged on save. */
  readonly lookups?: readonly Lookup[];
}

/** A way to repair a saved mapping: point the entity at another sheet, or a field at another header. */
export type FixView =
  | { readonly kind: 'sheet'; readonly entity: EntityId; readonly sheet: string }
  | { readonly kind: 'header'; readonly entity: EntityId; readonly field: string; readonly header: string };

export interface ProblemView {
  readonly text: string;
  readonly fix?: FixView;
  readonly fixLabel?: string;
}

export interface LoadResult {
  readonly lang: 'fr' | 'en';
  readonly texts: SidebarTexts;
  readonly locale: string;
  readonly timeZone: string;
  readonly sheets: readonly SheetView[];
  readonly entities: readonly EntityView[];
  readonly draft: Draft;
  /** entity → field ids whose header was suggested rather than saved. */
  readonly suggested: Readonly<Partial<Record<EntityId, readonly string[]>>>;
  /** Confidence of each suggestion, from 0 to 1: `deals.amount` → 0.92 (header and contents agreeing). */
  readonly confidence?: Readonly<Record<string, number>>;
  readonly problems: readonly ProblemView[];
  readonly notice?: string;
  readonly saved: boolean;
  /** One sentence per related table of the draft (`Deals · Customer → accounts (account): sector, office_location`). */
  readonly lookups: readonly string[];
}

export interface FieldIssueView {
  readonly field: string;
  readonly text: string;
  readonly blocking: boolean;
}

/** A distinct value of the deals' stage column and what the built-in vocabulary says of it (null: unknown). */
export interface StageValueView {
  readonly label: string;
  readonly rows: number;
  readonly builtIn: 'won' | 'lost' | 'open' | null;
}

export interface EntityPreview {
  readonly entity: EntityId;
  /** Labels of the mapped fields, in the order of `rows` cells. */
  readonly columns: readonly { readonly field: string; readonly label: string }[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  readonly issues: readonly FieldIssueView[];
  /** Summary sentence: how many rows were checked. */
  readonly checked: string;
  /** Deals with a stage column: its distinct values in the rows checked, most frequent first. */
  readonly stages?: readonly StageValueView[];
}

export interface PreviewResult {
  readonly entities: readonly EntityPreview[];
}

export interface SaveResult {
  readonly message: string;
  readonly problems: readonly ProblemView[];
}

/** The server functions the page calls, by name, with their JSON arguments and results. */
export interface SidebarApi {
  sidebarLoad(): LoadResult;
  sidebarPreview(draft: Draft, only?: EntityId | null): PreviewResult;
  sidebarSave(draft: Draft): SaveResult;
}
