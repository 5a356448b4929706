export * from './tracciatoCheck';
