export * from './taxonomy';
export * from './attachments';
export * from './quesito';
export * from './history';
export * from './agenda';
