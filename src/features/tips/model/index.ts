/** The tips feature's pure rules: tips, search, body formatting and the experience meeting. */
export * from './tips';
export * from './search';
export * from './body';
export * from './meeting';
export * from './authorship';
