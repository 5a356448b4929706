import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDenuncia } from './sample';
import { decodeXmlBytes } from './xmlEncoding';
import { ListaPosPAFormatError, readDenuncia, readDenunciaFile } from './xmlReader';
import { XmlSyntaxError } from './xmlTokenizer';
import { writeDenuncia } from './xmlWriter';

/** Hostile ListaPosPA files (issue 11 points 7 and 8, issue 13 fuzz): encodings and malformed XML. */

const POSITIONED = /^Riga \d+, colonna \d+: \S/;

/** What the reader threw, or undefined when it read the file. */
function failureOf(read: () => unknown): XmlSyntaxError | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
}

const valid = writeDenuncia(sampleDenuncia(2));
const nicolo = (declaration: string) =>
  valid
    .replace('<?xml version="1.0" encoding="UTF-8"?>', declaration)
    .replace(/<Nome>[^<]*</, '<Nome>NICOLÒ<');

/** Latin-1 bytes of a string made only of U+0000–U+00FF, plus windows-1252's "€" and "’". */
function cp1252Bytes(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Uint8Array.from(Array.from(text, (char) => extra[char] ?? char.charCodeAt(0)));
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = endian === 'le' ? code & 0xff : code >> 8;
    out[3 + i * 2] = endian === 'le' ? code >> 8 : code & 0xff;
  }
  return out;
}

const firstNome = (bytes: Uint8Array) =>
  readDenunciaFile(bytes).denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.nome;

describe('declared encodings', () => {
  it('reads NICOLÒ from an ISO-8859-1 file, and exports it as UTF-8', () => {
    const bytes = cp1252Bytes(nicolo('<?xml version="1.0" encoding="ISO-8859-1"?>'));
    expect(bytes.includes(0xd2)).toBe(true);
    const { denuncia } = readDenunciaFile(bytes);
    expect(denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.nome).toBe('NICOLÒ');
    const exported = writeDenuncia(denuncia);
    expect(exported).toContain('<?xml version="1.0" encoding="UTF-8"?>');
    expect(firstNome(new TextEncoder().encode(exported))).toBe('NICOLÒ');
  });

  it('reads windows-1252, with "€" and "’" from 0x80–0x9F', () => {
    const text = nicolo("<?xml version='1.0' encoding='windows-1252'?>").replace(
      /<RagSocAzienda>[^<]*</,
      '<RagSocAzienda>COMUNE D’ARCO € 1<',
    );
    const bytes = cp1252Bytes(text);
    expect(bytes.includes(0x80) && bytes.includes(0x92)).toBe(true);
    const { denuncia } = readDenunciaFile(bytes);
    expect(denuncia.azienda.ragSocAzienda).toBe('COMUNE D’ARCO € 1');
    expect(denuncia.azienda.listaPosPA.posPA[0]?.d0[0]?.nome).toBe('NICOLÒ');
  });

  it('reads UTF-16 with a BOM, little and big endian, and UTF-8 with a BOM', () => {
    const text = nicolo('<?xml version="1.0" encoding="UTF-16"?>');
    expect(firstNome(utf16(text, 'le'))).toBe('NICOLÒ');
    expect(firstNome(utf16(text, 'be'))).toBe('NICOLÒ');
    const utf8 = new TextEncoder().encode(nicolo('<?xml version="1.0" encoding="UTF-8"?>'));
    expect(firstNome(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('NICOLÒ');
  });

  it('refuses what it cannot read, naming the encoding and where', () => {
    const refused = (bytes: Uint8Array) => failureOf(() => decodeXmlBytes(bytes))?.message;
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(refused(ascii('<?xml version="1.0" encoding="EBCDIC-IT"?>\n<a/>'))).toBe(
      'Riga 1, colonna 31: la codifica «EBCDIC-IT» dichiarata dal file non è supportata: ' +
        'sono accettate UTF-8, ISO-8859-1, windows-1252 e UTF-16 con BOM',
    );
    expect(refused(utf16('<a/>', 'le').subarray(2))).toMatch(
      /^Riga 1, colonna 1: il file è in UTF-16 senza BOM/,
    );
    expect(refused(ascii('<?xml version="1.0" encoding="UTF-16"?><a/>'))).toMatch(/non inizia con il BOM/);
    // "NICOLÒ" in ISO-8859-1 without a declaration: not UTF-8, said with the line.
    expect(refused(cp1252Bytes('<a>\n<b>NICOLÒ</b></a>'))).toBe(
      'Riga 2, colonna 9: byte non validi per la codifica UTF-8: ' +
        'salvare il file in UTF-8 oppure correggere la dichiarazione encoding',
    );
  });
});

describe('malformed XML: an Italian message with line and column', () => {
  const messageOf = (xml: string) => failureOf(() => readDenuncia(xml))?.message;

  it('bad character references', () => {
    expect(messageOf('<a>\n  <b>&#xZZ;</b></a>')).toBe(
      'Riga 2, colonna 6: riferimento a carattere non valido «&#xZZ;»',
    );
    expect(messageOf('<a>&#x110000;</a>')).toBe(
      'Riga 1, colonna 4: riferimento a carattere non valido «&#x110000;»',
    );
    expect(messageOf('<a>&#;</a>')).toBe('Riga 1, colonna 4: riferimento a carattere non valido «&#;»');
    expect(messageOf('<a>&#0;</a>')).toMatch(/riferimento a carattere non valido/);
    expect(messageOf('<a b="&#xD800;"/>')).toMatch(
      /^Riga 1, colonna \d+: riferimento a carattere non valido/,
    );
    expect(messageOf('<a>&constructor;</a>')).toBe(
      'Riga 1, colonna 4: entità «&constructor;» non riconosciuta',
    );
  });

  it('NUL and control characters, a bare &', () => {
    expect(messageOf('<a>\n<b>x\u0000</b></a>')).toBe(
      'Riga 2, colonna 5: carattere non ammesso in XML (U+0000 (NUL))',
    );
    expect(messageOf('<a>\u0007</a>')).toBe('Riga 1, colonna 4: carattere non ammesso in XML (U+0007)');
    expect(messageOf('<a>\n<b>S&P</b></a>')).toBe(
      'Riga 2, colonna 5: carattere «&» non seguito da un riferimento (nel testo va scritto &amp;)',
    );
    expect(messageOf('<a>\n  & <b/></a>')).toMatch(/^Riga 2, colonna 3: carattere «&»/);
  });

  it('attributes: missing "=" or quotes, repeated, glued, and a huge tag answered at once', () => {
    expect(messageOf('<a b/>')).toBe('Riga 1, colonna 5: attributi non validi in <a>');
    expect(messageOf('<a b=1/>')).toBe('Riga 1, colonna 6: attributi non validi in <a>');
    expect(messageOf('<a b="1" b="2"/>')).toBe('Riga 1, colonna 12: attributo b ripetuto in <a>');
    expect(messageOf('<a b="1"c="2"/>')).toBe('Riga 1, colonna 9: attributi non validi in <a>');
    // 200,000 name characters and no "=": the regex this replaced needed minutes.
    expect(messageOf(`<a ${'b'.repeat(200_000)}/>`)).toBe(
      'Riga 1, colonna 200004: attributi non validi in <a>',
    );
  });

  it('text outside the root, unclosed elements, a file that is not a ListaPosPA', () => {
    expect(messageOf('<a/>\nx')).toBe('Riga 2, colonna 1: testo fuori dall’elemento radice');
    expect(messageOf('<DenunceMensili>\n  <Azienda>')).toBe(
      'Riga 2, colonna 3: elemento <Azienda> aperto qui e mai chiuso',
    );
    const notOurs = failureOf(() => readDenuncia('\n<Altro/>'));
    expect(notOurs).toBeInstanceOf(ListaPosPAFormatError);
    expect(notOurs?.message).toMatch(/^Riga 2, colonna 1: L’elemento radice è <Altro>/);
  });
});

describe('fuzz: a document or a positioned Italian XmlSyntaxError, never anything else', () => {
  const bytesOfValid = new TextEncoder().encode(valid);
  const check = (bytes: Uint8Array) => {
    const failure = failureOf(() => readDenunciaFile(bytes));
    if (failure) expect(failure.message).toMatch(POSITIONED);
  };

  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), check), { numRuns: 3000 });
  });

  it('on random text', () => {
    const xmlish = fc.string({
      unit: fc.oneof(
        fc.constantFrom('<', '>', '/', '&', ';', '#', 'x', '"', "'", '=', '?', '!', '-', '[', ']', ' ', '\n'),
        fc.constantFrom(
          'DenunceMensili',
          'Azienda',
          'D0',
          'PosPA',
          '&#x',
          '&amp;',
          '<![CDATA[',
          '<!--',
          '?>',
        ),
        fc.string({ unit: 'binary', maxLength: 2 }),
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(xmlish, (text) => check(new TextEncoder().encode(text))),
      { numRuns: 3000 },
    );
  });

  it('on mutations of a valid file: bytes changed, inserted, removed, the file cut', () => {
    const mutation = fc.array(
      fc.record({
        at: fc.nat({ max: bytesOfValid.length }),
        kind: fc.constantFrom('set', 'insert', 'delete', 'cut'),
        byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x3c, 0x3e, 0x26, 0x2f, 0x22, 0)),
      }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(mutation, (steps) => {
        let bytes = Array.from(bytesOfValid);
        for (const { at, kind, byte } of steps) {
          const i = Math.min(at, bytes.length);
          if (kind === 'set') bytes[i] = byte;
          else if (kind === 'insert') bytes.splice(i, 0, byte);
          else if (kind === 'delete') bytes.splice(i, 1);
          else bytes = bytes.slice(0, i);
        }
        check(Uint8Array.from(bytes));
      }),
      { numRuns: 1500 },
    );
  });
});
