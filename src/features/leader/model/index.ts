/**
 * The leader feature's pure rules: units, the four totals and their CSV files. The periods (the last
 * 12 months and 8 ISO weeks) are lastMonths and lastWeeks in src/lib/dates.
 */
export * from './units';
export * from './hours';
export * from './checklists';
export * from './tips';
export * from './check-ins';
export * from './csv';
