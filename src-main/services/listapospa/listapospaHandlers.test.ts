import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listapospaCalls } from '../../../shared/contract/calls/listapospaCalls';
import {
  dispatcherFor,
  valueOf,
  type GroupDispatcher,
} from '../../../shared/contract/dispatcherFor.test-support';
import {
  SAMPLE_CF_ENTE,
  sampleCfPersona,
  sampleD0,
  sampleDenuncia,
} from '../../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../../shared/domain/listapospa/xmlWriter';
import { FOREIGN_FILE, withoutLayout } from '../../../shared/domain/listapospa/foreignFile.test-support';
import { serviceDepsFor } from '../../testing/serviceDeps.test-support';
import { signedInAuth } from '../../testing/signedInUser.test-support';
import { listapospaHandlers } from './listapospaHandlers';
import { fakeGateway } from '../cassettoApi/fakeGateway.test-support';

/** A file's bytes as the renderer sends them to listapospa.import. */
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** The ListaPosPA calls through the real dispatcher (zod on both sides), drafts on disk. */

let dir: string;
let app: GroupDispatcher<typeof listapospaCalls>;
const operatore = sampleCfPersona(424242);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'listapos-calls-'));
  const deps = serviceDepsFor({
    dataDir: dir,
    auth: signedInAuth({ codiceFiscale: operatore }),
    // The posizione as INPS gives it, which an imported file must belong to (submit.test.ts
    // checks the same against the real sandbox).
    cassetto: fakeGateway({
      anagrafica: ({ posizioneId }) => ({
        id: posizioneId,
        codiceFiscaleEnte: SAMPLE_CF_ENTE,
        progressivo: '00000',
        denominazione: 'COMUNE DI ESEMPIO',
        sedeInps: 'Roma',
        tipoEnte: 'comune',
        ruolo: 'legale_rappresentante',
        comparto: 'Funzioni locali',
        codiceIpa: 'c_esempio',
        indirizzo: 'Piazza del Comune 1',
        cap: '00100',
        comune: 'Roma',
        provincia: 'RM',
        pec: 'protocollo@pec.comune.esempio.it',
        legaleRappresentante: 'Mario Rossi',
        gestioni: ['CPDEL'],
        dataIscrizione: '2000-01-01',
        stato: 'attiva',
      }),
    }),
  });
  app = dispatcherFor(listapospaCalls, listapospaHandlers(deps));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = { posizioneId: 'POS1', annoMese: '2026-01' };
const call: GroupDispatcher<typeof listapospaCalls>['call'] = (name, input, signal) =>
  app.call(name, input, signal);
const importFile = (contenutoBase64: string, overwrite: boolean) =>
  call('listapospa.import', { posizioneId: 'POS1', contenutoBase64, overwrite });
const create = () =>
  call('listapospa.drafts.create', {
    ...key,
    from: 'vuota',
    cfAzienda: SAMPLE_CF_ENTE,
    ragSocAzienda: 'COMUNE DI ESEMPIO',
    prgAzienda: '00000',
  });

describe('listapospa calls', () => {
  it('creates an empty draft signed by the operator, saves it, lists it', async () => {
    const { denuncia } = valueOf(await create());
    expect(denuncia.datiMittente.cfPersonaMittente).toBe(operatore);
    denuncia.azienda.listaPosPA.posPA[0]?.d0.push(sampleD0(1));
    expect(await call('listapospa.drafts.save', { posizioneId: 'POS1', revision: 1, denuncia })).toEqual({
      ok: true,
      value: { revision: 2, savedAt: expect.any(String) },
    });
    expect(await call('listapospa.drafts.list', { posizioneId: 'POS1' })).toEqual({
      ok: true,
      value: [expect.objectContaining({ annoMese: '2026-01', numeroD0: 1, revision: 2 })],
    });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses to save an amount that is not a decimal string', async () => {
    const { denuncia } = valueOf(await create());
    const d0 = sampleD0(1);
    if (d0.e0[0]?.gestioni.pensionistica) d0.e0[0].gestioni.pensionistica.imponibile = '2000,00';
    denuncia.azienda.listaPosPA.posPA[0]?.d0.push(d0);
    expect(
      await call('listapospa.drafts.save', { posizioneId: 'POS1', revision: 1, denuncia }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('refuses to export a draft with blocking errors and explains why; exports it once fixed', async () => {
    await create();
    const refused = valueOf(await call('listapospa.export', key));
    expect(refused.ok).toBe(false);
    // An empty ListaPosPA has no D0: the XSD wants at least one.
    expect(refused.report.findings.map((f) => f.code)).toContain('XSD');

    const { denuncia } = valueOf(await call('listapospa.drafts.open', key));
    denuncia.azienda.listaPosPA.posPA[0]?.d0.push(sampleD0(1));
    valueOf(await call('listapospa.drafts.save', { posizioneId: 'POS1', revision: 1, denuncia }));
    const exported = valueOf(await call('listapospa.export', key));
    expect(exported).toMatchObject({ ok: true, fileName: 'UNIEN2601.xml' });
    expect(exported.ok && exported.xml).toBe(writeDenuncia(denuncia));
  });

  it('a new Verifica of the same draft cancels the one still running; an export is not cancelled', async () => {
    await create();
    const [first, second, exported] = await Promise.all([
      call('listapospa.validate', key),
      call('listapospa.validate', key),
      call('listapospa.export', key),
    ]);
    expect(first).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Verifica annullata: è partita una nuova verifica della stessa denuncia.',
      },
    });
    expect(second).toMatchObject({ ok: true, value: { blocking: true } });
    expect(exported).toMatchObject({ ok: true, value: { ok: false } });
  });

  it('a Verifica the renderer cancels answers CANCELLED, quietly; the next one runs', async () => {
    await create();
    const renderer = new AbortController();
    const cancelled = call('listapospa.validate', key, renderer.signal);
    const exported = call('listapospa.export', key);
    renderer.abort();
    expect(await cancelled).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Operazione annullata.' },
    });
    expect(await exported).toMatchObject({ ok: true, value: { ok: false } });
    expect(await call('listapospa.validate', key)).toMatchObject({ ok: true, value: { blocking: true } });
  });

  it('imports an XML into a draft, refusing to overwrite unless asked', async () => {
    await create();
    const { denuncia } = valueOf(await call('listapospa.drafts.open', key));
    denuncia.azienda.listaPosPA.posPA[0]?.d0.push(sampleD0(7));
    const xml = writeDenuncia(denuncia);
    expect(await importFile(base64(xml), false)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await importFile(base64(xml), true)).toMatchObject({
      ok: true,
      value: { draft: { annoMese: '2026-01', numeroD0: 1 }, issues: [] },
    });
    expect(await importFile(base64('<x>'), true)).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('Il file non è una ListaPosPA leggibile.'),
      },
    });
  });
  it('imports a file with several PosPA into one, in document order, and says how many there were', async () => {
    const denuncia = sampleDenuncia(3);
    const [a, b, c] = denuncia.azienda.listaPosPA.posPA[0]!.d0;
    denuncia.azienda.listaPosPA.posPA = [{ d0: [a!, b!] }, { d0: [c!] }];
    const xml = writeDenuncia(denuncia);
    expect(await importFile(base64(xml), false)).toMatchObject({
      ok: true,
      value: { draft: { annoMese: '2026-01', numeroD0: 3 }, posPACount: 2 },
    });
    const posPA = valueOf(await call('listapospa.drafts.open', key)).denuncia.azienda.listaPosPA.posPA;
    expect(posPA.map((pos) => pos.d0.map((d0) => d0.cfLavoratore))).toEqual([
      [a!.cfLavoratore, b!.cfLavoratore, c!.cfLavoratore],
    ]);
    // Merged, the draft no longer breaks 00124I.
    const report = valueOf(await call('listapospa.validate', key));
    expect(report.findings.map((f) => f.code)).not.toContain('00124I');
  });
});

describe('listapospa.import of the file as bytes', () => {
  const withNicolo = (declaration: string) => {
    const denuncia = sampleDenuncia(1);
    denuncia.azienda.listaPosPA.posPA[0]!.d0[0]!.nome = 'NICOLÒ';
    denuncia.azienda.ragSocAzienda = 'COMUNE D’ARCO';
    return writeDenuncia(denuncia).replace('<?xml version="1.0" encoding="UTF-8"?>', declaration);
  };
  const importBytes = (bytes: Uint8Array) => importFile(Buffer.from(bytes).toString('base64'), true);
  const exportedXml = async () => {
    const exported = valueOf(await call('listapospa.export', key));
    return exported.ok ? exported.xml : '';
  };

  it('reads windows-1252 and ISO-8859-1 by their declaration, and exports UTF-8', async () => {
    for (const declaration of [
      '<?xml version="1.0" encoding="windows-1252"?>',
      "<?xml version='1.0' encoding='ISO-8859-1'?>",
    ]) {
      // "’" is 0x92 in windows-1252, "Ò" 0xD2 in both.
      const text = withNicolo(declaration);
      const bytes = Uint8Array.from(Array.from(text, (char) => (char === '’' ? 0x92 : char.charCodeAt(0))));
      expect(await importBytes(bytes)).toMatchObject({ ok: true });
      const xml = await exportedXml();
      expect(xml).toContain('<?xml version="1.0" encoding="UTF-8"?>');
      expect(xml).toContain('<Nome>NICOLÒ</Nome>');
      expect(xml).toContain('<RagSocAzienda>COMUNE D’ARCO</RagSocAzienda>');
    }
  });

  it('reads UTF-16 with a BOM', async () => {
    const text = withNicolo('<?xml version="1.0" encoding="UTF-16"?>');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await importBytes(bytes)).toMatchObject({ ok: true });
    expect(await exportedXml()).toContain('<Nome>NICOLÒ</Nome>');
  });

  it('refuses an encoding it cannot read, naming it, and a bad reference, with line and column', async () => {
    const ebcdic = new TextEncoder().encode('<?xml version="1.0" encoding="IBM037"?><DenunceMensili/>');
    expect(await importBytes(ebcdic)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('la codifica «IBM037»') },
    });
    const bad = new TextEncoder().encode(withNicolo('<?xml version="1.0"?>').replace('NICOLÒ', '&#xZZ;'));
    expect(await importBytes(bad)).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/Riga \d+, colonna \d+: riferimento a carattere non valido «&#xZZ;»/),
      },
    });
  });
});

describe('listapospa.import of a file with elements the app does not model', () => {
  it('names them, keeps them through open and save (the contract), and exports them in place', async () => {
    const imported = valueOf(await importFile(base64(FOREIGN_FILE), false));
    expect(imported.issues.map((issue) => issue.message)).toContain(
      'L’elemento <AltriImportiDovuti_Z2> in <ListaPosPA> non è gestito da questa versione: ' +
        'è conservato così com’è e riscritto nel file esportato.',
    );
    // An autosave of the draft as the editor holds it crosses the contract's schema both ways.
    const { revision, denuncia } = valueOf(await call('listapospa.drafts.open', key));
    valueOf(await call('listapospa.drafts.save', { posizioneId: 'POS1', revision, denuncia }));
    const exported = valueOf(await call('listapospa.export', key));
    expect(exported.ok).toBe(true);
    expect(withoutLayout(exported.ok ? exported.xml : '')).toBe(withoutLayout(FOREIGN_FILE));
  });
});
