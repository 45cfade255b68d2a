// User-facing messages of the dashboard area, in French and English. Placeholders: {name}.

export const dashboardMessages = {
} as const;
