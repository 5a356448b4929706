export * from './calls';
export * from './channels';
export * from './client';
export * from './dispatcher';
export * from './eventHub';
export * from './events';
export * from './result';
export * from './settings';
