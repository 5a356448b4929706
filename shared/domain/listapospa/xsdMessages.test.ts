import { describe, expect, it } from 'vitest';
import { italianXsdMessage } from './xsdMessages';

/** libxml2's three length messages, as native xmllint 2.9 prints them. */
describe('length facets in Italian', () => {
  it.each([
    [
      "Element 'CodiceFiscaleLavoratore': [facet 'length'] The value has a length of '4'; this differs from the allowed length of '16'.",
      'il valore ha 4 caratteri, ne sono ammessi esattamente 16',
    ],
    [
      "Element 'Cognome': [facet 'maxLength'] The value has a length of '41'; this exceeds the allowed maximum length of '40'.",
      'il valore ha 41 caratteri, ne sono ammessi al massimo 40',
    ],
    [
      "Element 'Nome': [facet 'minLength'] The value has a length of '0'; this underruns the allowed minimum length of '1'.",
      'il valore ha 0 caratteri, ne sono ammessi almeno 1',
    ],
  ])('%s', (message, italian) => {
    expect(italianXsdMessage(message)).toContain(italian);
    expect(italianXsdMessage(message)).not.toContain('facet');
  });
});
