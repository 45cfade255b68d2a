// User-facing messages of the model area, in French and English. Placeholders: {name}.

export const modelMessages = {
} as const;
