/** DOM id of the editor input of a model path: the errors panel jumps to it, e2e tests find it. */
export const fieldId = (path: string): string => `lp-${path.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
