import { describe, expect, it } from 'vitest';
import { delegaRequestSchema, fieldErrors } from '../../../shared/domain/delega';
import { initialValues, toRequestInput } from './formModel';

describe('the delega form sent empty', () => {
  it('puts an Italian message that names what is missing on each of the 14 empty fields', () => {
    const values = initialValues({ codiceFiscale: 'RSSMRA80A01H501U', nome: 'Mario', cognome: 'Rossi' });
    const parsed = delegaRequestSchema.safeParse(toRequestInput(values, ['cassetto_previdenziale']));
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error!);
    expect(Object.keys(errors)).toHaveLength(14);
    for (const [field, message] of Object.entries(errors)) {
      expect(message, field).toMatch(/^Inserisca /);
      expect(message, field).not.toMatch(/Invalid|expected|received|undefined/);
    }
    expect(errors['ente.denominazione']).toBe("Inserisca la denominazione dell'ente.");
  });
});
