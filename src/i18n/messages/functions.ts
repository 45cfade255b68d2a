// User-facing messages of the custom functions, in French and English. Placeholders: {name}.

export const functionsMessages = {
  err_internal: {
    fr: '{fn} : erreur inattendue ({detail}). Réessayez ; si elle persiste, signalez-la.',
    en: '{fn}: unexpected error ({detail}). Try again; if it persists, report it.',
  },
} as const;
