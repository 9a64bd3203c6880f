/** The wire protocol shared by client and server. Imports only zod. */
export * from './version';
export * from './errors';
export * from './tables';
export * from './sync';
export * from './auth';
export * from './admin';
