/** The leader feature's pure rules: periods, units, the four totals and their CSV files. */
export * from './periods';
export * from './units';
export * from './hours';
export * from './checklists';
export * from './tips';
export * from './check-ins';
export * from './csv';
