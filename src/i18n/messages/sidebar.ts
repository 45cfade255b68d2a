// User-facing messages of the sidebar area, in French and English. Placeholders: {name}.

export const sidebarMessages = {
} as const;
