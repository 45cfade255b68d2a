// User-facing messages of the kpi area, in French and English. Placeholders: {name}.

export const kpiMessages = {
} as const;
