// Custom functions typed in cells (=CAC(), =CHURN(), =KPI(), ...), dispatched from the KPI catalog.

export {};
