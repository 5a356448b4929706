import { describe, expect, it } from 'vitest';
import { isBase64 } from '../base64';
import { controllaTracciato } from './tracciatoCheck';
import { tracciatoInputSchema } from '../sezioni';

const CF = '82001450343';
const testa = `0${CF}${'T'.repeat(48)}`;
const dato = (c: string) => `1${c.repeat(59)}`;

describe('controllaTracciato', () => {
  it('accepts a testa with the ente’s codice fiscale and data records of the same length', () => {
    expect(controllaTracciato(`${testa}\r\n${dato('A')}\r\n${dato('B')}\r\n`, CF)).toEqual({
      ok: true,
      righe: 3,
      lunghezzaRecord: 60,
    });
  });

  it.each([
    ['', CF, 'Il file è vuoto'],
    ['ciao a tutti 16', CF, 'Il primo record è lungo 15 caratteri'],
    [`${testa}\n${dato('A')}X\n`, CF, 'Il record 2 è lungo 61 caratteri, il primo 60'],
    [`${dato('A')}\n${dato('B')}\n`, CF, 'Il primo record non è un record di testa'],
    [`${testa}\n`, CF, 'mancano i record dei dati'],
    [`${testa}\n${testa}\n`, CF, 'Il record 2 è un secondo record di testa'],
    [`${testa}\n\n${dato('A')}\n`, CF, 'La riga 2 è vuota'],
    [`${testa}\n${dato('A').slice(0, 10)}\u0000${dato('A').slice(11)}\n`, CF, 'byte 0x00 alla colonna 11'],
    ['x'.repeat(5_000_001), CF, 'il massimo inviabile è 5000000 byte'],
    [
      `${testa}\n${dato('A')}\n`,
      '01234567890',
      'non contiene il codice fiscale dell’ente della posizione (01234567890)',
    ],
  ])('refuses %# with an Italian message', (testo, cf, messaggio) => {
    const esito = controllaTracciato(testo, cf);
    expect(esito.ok).toBe(false);
    if (!esito.ok) expect(esito.messaggio).toContain(messaggio);
  });
});

describe('isBase64', () => {
  it.each(['', 'QQ==', 'QUI=', 'QUJD', Buffer.from('tracciato\n').toString('base64')])(
    'accepts %j',
    (text) => {
      expect(isBase64(text)).toBe(true);
    },
  );
  it.each(['non è base64!', 'QQ', 'Q===', 'QU I=', 'QUJD\n', '====', 'QQ=A'])('refuses %j', (text) => {
    expect(isBase64(text)).toBe(false);
  });
});

describe('tracciatoInputSchema', () => {
  it('refuses content that is not strict base64, so nothing else reaches INPS', () => {
    const parsed = tracciatoInputSchema.safeParse({ nomeFile: 'a.txt', contenutoBase64: 'non è base64!' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('il contenuto del file non è in base64 valido');
  });
});
