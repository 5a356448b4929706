export * from './delegaRequest';
export * from './delegaDates';
export * from './delegaState';
export * from './delegaText';
