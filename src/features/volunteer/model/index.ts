/** The volunteer feature's pure rules: activities, dates, the timer, totals and CSV. */
export * from './activity';
export * from './dates';
export * from './timer';
export * from './totals';
export * from './csv';
