import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { personaByKey } from '../../sandbox';
import { startTempSandbox, type TempSandbox } from '../../sandbox/testing';
import { sampleD0, sampleDenuncia } from '../../shared/domain/listapospa/sample';
import type { MainServices } from './mainServices';
import { mainServicesFor } from './mainServicesFor.test-support';
import { userDirOf } from './userScope';

/**
 * Offices share computers: two users in turn on one data folder, through the whole main side
 * (real dispatcher, real login at the sandbox bridge, real Cassetto API), never see each other's
 * drafts, rates, saved delega requests, quesiti outbox or section snapshots, and every file
 * they leave is private to the account.
 */

const INTERMEDIARIO = 'intermediario' as const;
// Luca Greco works at the intermediario's studio, on the same posizione: the same computer too.
const SUBDELEGATO = 'subdelegato' as const;
const delegaRequest = JSON.parse(
  readFileSync(new URL('../../e2e/fixtures/delega-request.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let sandbox: TempSandbox;
beforeAll(async () => {
  sandbox = await startTempSandbox();
});
afterAll(() => sandbox.dispose());

const opened: { services: MainServices; dataDir: string }[] = [];
afterEach(() => {
  for (const { services, dataDir } of opened.splice(0)) {
    services.auth.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** Runs `act` with the INPS API unreachable, and makes it reachable again whatever happens. */
async function whileOffline(act: () => Promise<void>): Promise<void> {
  sandbox.setApiReachable(false);
  try {
    await act();
  } finally {
    sandbox.setApiReachable(true);
  }
}

/** The app's main side on a fresh data folder, pointed at the test sandbox. */
function openApp(dataDir = mkdtempSync(join(tmpdir(), 'cassetto-utenti-'))) {
  const app = mainServicesFor(sandbox, dataDir);
  const { services, ok } = app;
  opened.push({ services, dataDir });
  return {
    ...app,
    signOut: () => ok('auth.logout'),
    async posizione(name: RegExp) {
      const found = (await ok<{ id: string; denominazione: string }[]>('ricerca.list')).find((p) =>
        name.test(p.denominazione),
      );
      if (!found) throw new Error(`posizione ${name.source} non nella Ricerca`);
      return found.id;
    },
  };
}

const allView = { view: { filters: {}, sort: null }, offset: 0, limit: 50 };

/** Every file and folder under `root`, with its permission bits. */
function modesUnder(root: string): { path: string; dir: boolean; mode: number }[] {
  const found: { path: string; dir: boolean; mode: number }[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    const info = statSync(path);
    found.push({ path, dir: info.isDirectory(), mode: info.mode & 0o777 });
    if (info.isDirectory()) found.push(...modesUnder(path));
  }
  return found;
}

/** The quesiti the INPS office has with this text. */
async function quesitiWithText(testo: string): Promise<number> {
  const call = async (path: string) => {
    const response = await fetch(`${sandbox.apiBaseUrl}/backoffice${path}`, {
      headers: { 'x-operatore-key': sandbox.operatorKey },
    });
    return response.json() as Promise<unknown>;
  };
  let count = 0;
  for (const q of (await call('/quesiti')) as { id: string }[]) {
    if (((await call(`/quesiti/${q.id}`)) as { testo: string }).testo === testo) count += 1;
  }
  return count;
}

describe('two users in turn on one data folder', () => {
  it('never see each other’s drafts, rates, saved requests, outbox or snapshots; files are private', async () => {
    const app = openApp();
    const testo = `Quesito dello Studio Romano ${Date.now()}`;

    // The intermediario: a draft, a rate, a delega request with its scan, a section fetched,
    // and a quesito written while the INPS is unreachable.
    await app.signIn(INTERMEDIARIO);
    const roccafredda = await app.posizione(/Roccafredda/);
    const draftKey = { posizioneId: roccafredda, annoMese: '2026-01' };
    const draft = await app.ok<{ denuncia: ReturnType<typeof sampleDenuncia> }>('listapospa.drafts.create', {
      ...draftKey,
      from: 'vuota',
      cfAzienda: '00000000000',
      ragSocAzienda: 'COMUNE DI ROCCAFREDDA',
      prgAzienda: '00001',
    });
    draft.denuncia.azienda.listaPosPA.posPA[0]?.d0.push(sampleD0(1), sampleD0(2));
    await app.ok('listapospa.drafts.save', {
      posizioneId: roccafredda,
      revision: 1,
      denuncia: draft.denuncia,
    });
    await app.ok('listapospa.rates.set', { kind: 'pensionistica', codGestione: '2', totale: '33.00' });
    const { numeroRichiesta: numeroOmesso, ...request } = delegaRequest;
    expect(numeroOmesso).toBeDefined();
    const delega = await app.ok<{ numeroRichiesta: string }>('deleghe.submit', { request });
    await app.ok('deleghe.attach', {
      numero: delega.numeroRichiesta,
      kind: 'delega_firmata',
      fileName: 'delega firmata.pdf',
      base64: Buffer.from('%PDF-1.4 firmata').toString('base64'),
    });
    const rows = await app.ok<{ total: number }>('sezione.query', {
      posizioneId: roccafredda,
      sezione: 'versamenti',
      ...allView,
      refresh: true,
    });
    expect(rows.total).toBeGreaterThan(0);
    await whileOffline(async () => {
      expect(
        await app.ok<{ kind: string }>('quesiti.send', {
          posizioneId: roccafredda,
          classe: 'DURC',
          oggetto: 'DURC',
          testo,
          allegati: [],
        }),
      ).toMatchObject({ kind: 'queued' });
      await app.signOut();
    });

    // The subdelegato of the same studio, same posizione, same computer: none of it.
    await app.signIn(SUBDELEGATO);
    expect(await app.posizione(/Roccafredda/)).toBe(roccafredda);
    expect(await app.ok('listapospa.drafts.list', { posizioneId: roccafredda })).toEqual([]);
    expect(await app.call('listapospa.drafts.open', draftKey)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await app.ok('listapospa.rates.get')).toEqual({ overrides: {} });
    expect(await app.ok('deleghe.saved')).toEqual([]);
    const quesiti = await app.ok<{ outbox: unknown[] }>('quesiti.list');
    expect(quesiti.outbox).toEqual([]);
    // Nor was the intermediario's quesito sent in the subdelegato's name.
    expect(await quesitiWithText(testo)).toBe(0);
    await whileOffline(async () => {
      // Offline, the intermediario's copy of the section is not the subdelegato's to read.
      expect(
        await app.call('sezione.query', { posizioneId: roccafredda, sezione: 'versamenti', ...allView }),
      ).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    });
    // Their own draft of the same month is theirs to make.
    await app.ok('listapospa.drafts.create', {
      ...draftKey,
      from: 'vuota',
      cfAzienda: '00000000000',
      ragSocAzienda: 'COMUNE DI ROCCAFREDDA',
      prgAzienda: '00001',
    });
    await app.signOut();

    // The intermediario again: everything is where it was left.
    await app.signIn(INTERMEDIARIO);
    expect(await app.ok('listapospa.drafts.list', { posizioneId: roccafredda })).toEqual([
      expect.objectContaining({ annoMese: '2026-01', numeroD0: 2, revision: 2 }),
    ]);
    expect(await app.ok('listapospa.rates.get')).toEqual({ overrides: { 'pensionistica:2': '33.00' } });
    expect(await app.ok<{ numeroRichiesta: string }[]>('deleghe.saved')).toEqual([
      expect.objectContaining({ numeroRichiesta: delega.numeroRichiesta }),
    ]);
    // The outbox is theirs again, and is sent in their name.
    await app.ok('quesiti.list');
    expect(await quesitiWithText(testo)).toBe(1);
    await whileOffline(async () => {
      expect(
        await app.ok<{ offline: boolean; total: number }>('sezione.query', {
          posizioneId: roccafredda,
          sezione: 'versamenti',
          ...allView,
          refresh: true,
        }),
      ).toMatchObject({ offline: true, total: rows.total });
    });
    await app.signOut();

    // Nothing at the shared paths of the previous version; everything in the users' folders,
    // one each, private: files 0600, folders 0700, the delega scan included.
    const top = readdirSync(app.dataDir);
    for (const shared of ['listapospa', 'deleghe', 'quesiti', 'snapshots']) expect(top).not.toContain(shared);
    const utenti = join(app.dataDir, 'utenti');
    expect(readdirSync(utenti).sort()).toEqual(
      [INTERMEDIARIO, SUBDELEGATO]
        .map((key) => userDirOf(app.dataDir, personaByKey(key).codiceFiscale).slice(utenti.length + 1))
        .sort(),
    );
    expect(readdirSync(utenti).join()).not.toContain(personaByKey(INTERMEDIARIO).codiceFiscale);
    const entries = modesUnder(utenti);
    expect(entries.some((entry) => entry.path.endsWith('delega_firmata--delega firmata.pdf'))).toBe(true);
    expect(entries.some((entry) => entry.path.endsWith('richiesta.json'))).toBe(true);
    expect(entries.filter((entry) => entry.mode !== (entry.dir ? 0o700 : 0o600))).toEqual([]);
    expect(statSync(utenti).mode & 0o777).toBe(0o700);
  });

  it('files of the previous version are adopted only by the user they provably belong to', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cassetto-legacy-'));
    const cfIntermediario = personaByKey(INTERMEDIARIO).codiceFiscale;
    const cfSubdelegato = personaByKey(SUBDELEGATO).codiceFiscale;
    const write = (path: string, content: unknown) => {
      mkdirSync(join(dataDir, path, '..'), { recursive: true });
      writeFileSync(join(dataDir, path), JSON.stringify(content), { mode: 0o644 });
    };
    // What the previous version left, for whoever was signed in.
    const POS = '81002750339-00001';
    write(`listapospa/drafts/${POS}/2026-01.json`, {
      format: 'cassetto-enti/listapospa-draft',
      version: 1,
      posizioneId: POS,
      annoMese: '2026-01',
      savedAt: '2026-02-01T10:00:00.000Z',
      revision: 4,
      denuncia: sampleDenuncia(1),
    });
    write('listapospa/aliquote.json', { 'pensionistica:2': '40.00' });
    write('quesiti/outbox/outbox.json', [
      {
        idempotencyKey: 'e1c1c1c1-0000-4000-8000-000000000001',
        posizioneId: POS,
        classe: 'DURC',
        oggetto: 'DURC',
        oggettoLabel: 'DURC – DURC',
        testo: 'Scritto da chissà chi',
        zipFile: null,
        createdAt: '2026-02-01T10:00:00.000Z',
        lastError: 'Rifiutato.',
      },
    ]);
    const theirs = { ...delegaRequest, numeroRichiesta: 'DLG-2026-000501' };
    write('deleghe/DLG-2026-000501/richiesta.json', theirs);
    writeFileSync(join(dataDir, 'deleghe/DLG-2026-000501/delega_firmata--scan.pdf'), '%PDF', { mode: 0o644 });
    const someoneElse = {
      ...delegaRequest,
      numeroRichiesta: 'DLG-2026-000502',
      intermediario: { ...(delegaRequest.intermediario as object), codiceFiscale: 'BNCGNN70A01H501X' },
    };
    write('deleghe/DLG-2026-000502/richiesta.json', someoneElse);
    const snapshot = (codiceFiscale: string, importo: string) => ({
      codiceFiscale,
      posizioneId: POS,
      sezioni: {
        versamenti: { aggiornatoAl: '2026-02-01T10:00:00.000Z', rows: [{ id: `v-${importo}`, importo }] },
      },
    });
    write(`snapshots/${POS}.json`, snapshot(cfSubdelegato, '1.00'));

    const app = openApp(dataDir);
    await app.signIn(INTERMEDIARIO);
    // Drafts, rates and outbox do not say whose they are: left where they are, unread.
    expect(await app.ok('listapospa.drafts.list', { posizioneId: POS })).toEqual([]);
    expect(await app.ok('listapospa.rates.get')).toEqual({ overrides: {} });
    expect((await app.ok<{ outbox: unknown[] }>('quesiti.list')).outbox).toEqual([]);
    // A saved request names the intermediario who sent it (INPS takes no other): theirs moves in.
    expect(await app.ok<{ numeroRichiesta: string }[]>('deleghe.saved')).toEqual([
      expect.objectContaining({ numeroRichiesta: 'DLG-2026-000501' }),
    ]);
    const mine = join(userDirOf(dataDir, cfIntermediario), 'deleghe', 'DLG-2026-000501');
    expect(statSync(mine).mode & 0o777).toBe(0o700);
    expect(statSync(join(mine, 'delega_firmata--scan.pdf')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dataDir, 'deleghe'))).toEqual(['DLG-2026-000502']);
    await whileOffline(async () => {
      // The snapshot names another codice fiscale: not this user's to read offline.
      expect(
        await app.call('sezione.query', { posizioneId: POS, sezione: 'versamenti', ...allView }),
      ).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    });
    await app.signOut();

    await app.signIn(SUBDELEGATO);
    expect(await app.ok('deleghe.saved')).toEqual([]);
    await whileOffline(async () => {
      // Theirs: moved into their folder and read back offline.
      expect(
        await app.ok('sezione.query', { posizioneId: POS, sezione: 'versamenti', ...allView }),
      ).toMatchObject({ offline: true, total: 1, rows: [expect.objectContaining({ id: 'v-1.00' })] });
    });
    expect(readdirSync(join(dataDir, 'snapshots'))).toEqual([]);
    await app.signOut();
  });
});
