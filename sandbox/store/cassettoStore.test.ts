import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { posizioneId } from '../seed/enti';
import { personaByKey } from '../seed/personae';
import type { OpenedStore } from './openStore';
import { openStore } from './openStore';

let dir: string;
let opened: OpenedStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cassetto-store-'));
  opened = openStore(dir);
});

afterEach(async () => {
  opened.close();
  await rm(dir, { recursive: true, force: true });
});

const cf = (key: Parameters<typeof personaByKey>[0]) => personaByKey(key).codiceFiscale;

describe('CassettoStore', () => {
  it('seeds once and keeps changes across reopening', () => {
    expect(opened.seeded).toBe(true);
    opened.store.addAbilitazione({
      codiceFiscale: cf('delegato-comune'),
      posizioneId: posizioneId('asl-pianura'),
      ruolo: 'delegato_comando',
      stato: 'attiva',
      dataInizio: '2025-01-01',
    });
    opened.close();
    opened = openStore(dir);
    expect(opened.seeded).toBe(false);
    expect(opened.store.ricerca(cf('delegato-comune')).map((row) => row.id)).toContain(
      posizioneId('asl-pianura'),
    );
  });

  it('ignores deleghe that are revoked or still waiting for their OTP', () => {
    const ids = opened.store.ricerca(cf('intermediario')).map((row) => row.id);
    expect(ids).not.toContain(posizioneId('asl-pianura'));
    expect(ids).not.toContain(posizioneId('archivio-stato'));
  });

  it('lets a sub-abilitazione lapse with the delega of its intermediario', () => {
    opened.store.addAbilitazione({
      codiceFiscale: cf('subdelegato'),
      posizioneId: posizioneId('asl-pianura'),
      ruolo: 'subdelegato',
      stato: 'attiva',
      deleganteCodiceFiscale: cf('intermediario'),
      dataInizio: '2025-01-01',
    });
    expect(opened.store.ricerca(cf('subdelegato')).map((row) => row.id)).toEqual([
      posizioneId('comune-roccafredda'),
    ]);
    expect(opened.store.accessiblePosizione(cf('subdelegato'), posizioneId('asl-pianura'))).toBeUndefined();
  });

  it('opens nothing to a person without an INPS profile, whatever the abilitazioni say', () => {
    opened.store.addAbilitazione({
      codiceFiscale: cf('cittadino'),
      posizioneId: posizioneId('comune-borgo'),
      ruolo: 'delegato',
      stato: 'attiva',
      dataInizio: '2025-01-01',
    });
    expect(opened.store.ricerca(cf('cittadino'))).toEqual([]);
  });

  it('shows the stronger role when a person reaches a posizione twice', () => {
    opened.store.addAbilitazione({
      codiceFiscale: cf('legale-comune'),
      posizioneId: posizioneId('comune-borgo'),
      ruolo: 'delegato',
      stato: 'attiva',
      dataInizio: '2025-01-01',
    });
    const row = opened.store.accessiblePosizione(cf('legale-comune'), posizioneId('comune-borgo'));
    expect(row?.ruolo).toBe('legale_rappresentante');
  });

  it('records revoked grants idempotently', () => {
    expect(opened.store.isGrantRevoked('g1')).toBe(false);
    opened.store.recordRevokedGrant('g1');
    opened.store.recordRevokedGrant('g1');
    expect(opened.store.isGrantRevoked('g1')).toBe(true);
  });

  it('drops the posizione of an intermediario, and its sub-abilitazioni, once the delega is past its end', () => {
    const roccafredda = posizioneId('comune-roccafredda');
    const recordDelega = (dataFine: string) =>
      opened.db.run(
        `INSERT INTO deleghe (numero, intermediario_codice_fiscale, posizione_id, request, stato, data_richiesta, data_attivazione, data_fine)
         VALUES (?, ?, ?, '{}', 'attiva', '2020-01-01', '2020-01-02', ?)`,
        [`D-${dataFine}`, cf('intermediario'), roccafredda, dataFine],
      );
    const ids = (key: Parameters<typeof personaByKey>[0]) =>
      opened.store.ricerca(cf(key)).map((row) => row.id);

    // The seeded delega on record (sandbox/seed/deleghe.ts) runs out, and so does a recorded one.
    opened.db.run("UPDATE deleghe SET data_fine = '2021-12-31' WHERE posizione_id = ?", [roccafredda]);
    expect(ids('intermediario')).not.toContain(roccafredda);
    recordDelega('2021-12-31');
    expect(ids('intermediario')).not.toContain(roccafredda);
    expect(ids('subdelegato')).not.toContain(roccafredda);

    // A renewed delega, running until a date still to come, gives the posizione back.
    recordDelega('2999-12-31');
    expect(ids('intermediario')).toContain(roccafredda);
    expect(ids('subdelegato')).toContain(roccafredda);
  });
});
