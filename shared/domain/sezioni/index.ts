export * from './schemas';
export * from './columns';
export * from './format';
export * from './money';
export * from './view';
export * from './sezioneIndex';
export * from './collation';
export * from './contestazione';
