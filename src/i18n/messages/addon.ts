// User-facing messages of the addon area, in French and English. Placeholders: {name}.

export const addonMessages = {
} as const;
