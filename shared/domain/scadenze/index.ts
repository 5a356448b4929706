export * from './scadenza';
export * from './sources';
export * from './calendar';
export * from './rules';
export * from './fromSnapshot';
