export * from './tracciatoCheck';
export { isBase64 } from '../base64';
