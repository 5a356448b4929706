import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ContractError, createEventHub } from '../../../shared/contract';
import type { StatoQuesito } from '../../../shared/domain/quesiti';
import { CassettoApiError } from '../cassettoApi/cassettoApiClient';
import { fakeGateway } from '../cassettoApi/fakeGateway.test-support';
import { quesitiCli } from '../../cli/quesitiCli';
import { createUserScope } from '../userScope';
import {
  quesitoMadeOf,
  quesitoSummary,
  recordingGateway,
  waitingGateway,
} from './recordingGateway.test-support';
import { createQuesitiService } from './quesitiService';
import { zipFromDisk } from './zipAttachments';

const temp = () => mkdtempSync(join(tmpdir(), 'quesiti-test-'));
/** A DURC quesito on posizione P1 with this text and these staged attachments. */
const durc = (testo: string, allegati: string[] = []) => ({
  posizioneId: 'P1',
  classe: 'DURC',
  oggetto: 'DURC',
  testo,
  allegati,
});

describe('send while the outbox is flushed', () => {
  it('posts a quesito once: a flush during its own sending leaves it to the send', async () => {
    const posted: string[] = [];
    const sent: unknown[] = [];
    const { gateway, answers } = waitingGateway((body) => posted.push(body.idempotencyKey));
    const events = createEventHub();
    events.subscribe((name, payload) => name === 'quesiti.outboxSent' && sent.push(payload));
    const service = createQuesitiService(gateway, events, temp(), { retryMs: 60_000 });
    const sending = service.send(durc('x'));
    await expect.poll(() => posted.length).toBe(1);
    // The history (or the retry timer) flushes the outbox while the INPS is still answering.
    const listing = service.list();
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const answer of answers) answer('INPS.CB.2026.0000001');
    expect(await sending).toMatchObject({ kind: 'sent' });
    await listing;
    expect(posted).toHaveLength(1);
    expect(sent).toEqual([]);
    service.stop();
  });
});

describe('the outbox of each user', () => {
  it('stops sending a user’s outbox when another user signs in meanwhile', async () => {
    let online = false;
    const posted: string[] = [];
    const { gateway, answers } = waitingGateway((body) => {
      if (!online) throw new ContractError('UNAVAILABLE', 'irraggiungibile');
      posted.push(body.testo);
    });
    let codiceFiscale = 'RMNFNC75B49H223F';
    const scope = createUserScope({
      dataDir: temp(),
      status: () => ({ state: 'signed-in', user: { codiceFiscale } }) as never,
    });
    const service = createQuesitiService(gateway, createEventHub(), scope, { retryMs: 60_000 });
    await service.send(durc('primo'));
    await service.send(durc('secondo'));
    online = true;
    const listing = service.list();
    await expect.poll(() => posted).toEqual(['primo']);
    // Another user signs in while the first entry is on its way.
    codiceFiscale = 'GRCLCU90P30G535G';
    answers[0]?.('INPS.CB.2026.0000001');
    await listing;
    expect(posted).toEqual(['primo']);
    expect((await service.list()).outbox).toEqual([]);
    // Back to its owner, the second is still there, and goes in their name.
    codiceFiscale = 'RMNFNC75B49H223F';
    const back = service.list();
    await expect.poll(() => posted).toEqual(['primo', 'secondo']);
    answers[1]?.('INPS.CB.2026.0000002');
    expect((await back).outbox).toEqual([]);
    service.stop();
  });
});

describe('zipFromDisk', () => {
  it('makes a ZIP that Debian unzip lists and extracts byte-identical, accented names intact', async () => {
    const dir = temp();
    const names = ['relazione è così.pdf', 'quietanza.pdf', 'dati.csv'];
    // Several 256 KB chunks each, one incompressible: the deflate is stitched from per-chunk pieces.
    const contents = [Buffer.alloc(600_007, 1), randomBytes(700_000), Buffer.from('a;1,00\n'.repeat(90_000))];
    names.forEach((name, i) => writeFileSync(join(dir, `src${i}`), contents[i] as Buffer));
    const progress: number[] = [];
    const zip = await zipFromDisk(
      names.map((name, i) => ({ path: join(dir, `src${i}`), name })),
      (p) => progress.push(p),
    );
    writeFileSync(join(dir, 'out.zip'), zip);
    expect(execFileSync('unzip', ['-t', join(dir, 'out.zip')]).toString()).toMatch(/No errors detected/);
    const out = join(dir, 'x');
    execFileSync('unzip', ['-q', join(dir, 'out.zip'), '-d', out]);
    names.forEach((name, i) =>
      expect(readFileSync(join(out, name)).equals(contents[i] as Buffer)).toBe(true),
    );
    expect(progress.at(-1)).toBe(100);
    expect(zip.length).toBeLessThan(700_000 + 20_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe('outbox', () => {
  it('keeps a quesito written while INPS is unreachable and sends it once when it is back', async () => {
    let online = false;
    const posted: unknown[] = [];
    const gateway = fakeGateway({
      quesitiList: () => [],
      quesitoCreate: (_params, body) => {
        if (!online) throw new ContractError('UNAVAILABLE', 'irraggiungibile');
        posted.push(body);
        return quesitoMadeOf(body);
      },
    });
    const dataDir = temp();
    const service = createQuesitiService(gateway, createEventHub(), dataDir, { retryMs: 60_000 });
    const staged = await service.stage('../../x.pdf', Buffer.from('%PDF-1.4 prova').toString('base64'));
    expect(staged.nome).toBe('x.pdf');
    const result = await service.send(durc('Richiesta', [staged.stagedId]));
    expect(result.kind).toBe('queued');
    const [waiting] = (await service.list()).outbox;
    // The screen gets what it lists; the text and the ZIP's path on disk stay in main.
    expect(Object.keys(waiting ?? {}).sort()).toEqual(
      ['createdAt', 'idempotencyKey', 'lastError', 'oggettoLabel', 'posizioneId'].sort(),
    );

    // A new service on the same folder (the app restarted) still has it.
    service.stop();
    const restarted = createQuesitiService(gateway, createEventHub(), dataDir, { retryMs: 60_000 });
    online = true;
    const after = await restarted.list();
    expect(after.outbox).toHaveLength(0);
    await restarted.list();
    expect(posted).toHaveLength(1);
    const body = posted[0] as { idempotencyKey: string; allegatiZip: string };
    expect(body.idempotencyKey).toBe(result.kind === 'queued' ? result.entry.idempotencyKey : '');
    expect(body.allegatiZip.length).toBeGreaterThan(0);
    restarted.stop();
  });

  it('discards a refused entry with its ZIP, but never one still waiting to be sent', async () => {
    let answer: 'offline' | 'refuse' = 'offline';
    const gateway = fakeGateway({
      quesitiList: () => [],
      quesitoCreate: () => {
        throw answer === 'offline'
          ? new ContractError('UNAVAILABLE', 'irraggiungibile')
          : new CassettoApiError(400, 'RICHIESTA_NON_VALIDA', 'Allegato non leggibile.');
      },
    });
    const dataDir = temp();
    const outboxDir = join(dataDir, 'quesiti', 'outbox');
    const service = createQuesitiService(gateway, createEventHub(), dataDir, { retryMs: 60_000 });
    const write = async () => {
      const staged = await service.stage('a.pdf', Buffer.from('%PDF-1.4').toString('base64'));
      const result = await service.send(durc('Richiesta', [staged.stagedId]));
      return result.kind === 'queued' ? result.entry.idempotencyKey : '';
    };
    const refused = await write();
    answer = 'refuse';
    expect((await service.list()).outbox).toEqual([
      expect.objectContaining({ idempotencyKey: refused, lastError: 'Allegato non leggibile.' }),
    ]);
    answer = 'offline';
    const waiting = await write();
    expect(readdirSync(outboxDir).sort()).toEqual([`${refused}.zip`, `${waiting}.zip`, 'outbox.json'].sort());

    await expect(service.discard(waiting)).rejects.toMatchObject({ code: 'CONFLICT' });
    await service.discard(refused);
    await expect(service.discard(refused)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(readdirSync(outboxDir).sort()).toEqual([`${waiting}.zip`, 'outbox.json']);
    service.stop();
    // What is on disk says the same after a restart.
    const restarted = createQuesitiService(gateway, createEventHub(), dataDir, { retryMs: 60_000 });
    expect((await restarted.list()).outbox.map((e) => e.idempotencyKey)).toEqual([waiting]);
    restarted.stop();
  });

  it('gives two attachments with the same name distinct names in the ZIP', async () => {
    const { gateway, posted } = recordingGateway();
    const service = createQuesitiService(gateway, createEventHub(), temp(), { retryMs: 60_000 });
    const a = await service.stage('a/doc.pdf', Buffer.from('uno').toString('base64'));
    const b = await service.stage('b/doc.pdf', Buffer.from('due').toString('base64'));
    await service.send(durc('x', [a.stagedId, b.stagedId]));
    const entries = unzipSync(Buffer.from(posted[0]?.allegatiZip ?? '', 'base64'));
    expect(Object.keys(entries)).toEqual(['doc.pdf', 'doc (2).pdf']);
    expect(Buffer.from(entries['doc (2).pdf'] ?? []).toString()).toBe('due');
    service.stop();
  });

  it('refuses a file over the limit and a type not allowed when staging', async () => {
    const service = createQuesitiService(fakeGateway({}), createEventHub(), temp());
    await expect(
      service.stage('big.pdf', Buffer.alloc(3 * 1024 * 1024 + 1).toString('base64')),
    ).rejects.toThrow(/supera il limite/);
    await expect(service.stage('a.exe', Buffer.from('x').toString('base64'))).rejects.toThrow(
      /non è ammesso/,
    );
    service.stop();
  });
});

describe('notices of state changes', () => {
  it('tells the user when the office moves a quesito, not on the first look', async () => {
    const hub = createEventHub();
    const changes: unknown[] = [];
    hub.subscribe((name, payload) => {
      if (name === 'quesiti.changed') changes.push(payload);
    });
    let stato: StatoQuesito = 'aperta';
    const gateway = fakeGateway({
      // Only the watch asks, as a background request.
      quesitiList: (_params, _body, { background }) => {
        if (!background) throw new Error('non usata');
        return [quesitoSummary({ stato, esito: stato === 'chiusa' ? 'non_accolta' : null })];
      },
    });
    const notices: string[] = [];
    const service = createQuesitiService(gateway, hub, temp(), {
      retryMs: 20,
      notify: (title, body) => notices.push(`${title}: ${body}`),
    });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(notices).toEqual([]);
    stato = 'chiusa';
    await expect
      .poll(() => notices)
      .toEqual(['Quesito n. INPS.1.2026.0000001: Il quesito «Durc» è ora «Chiusa» (esito: Non accolta).']);
    // The same change goes to the renderer, for the in-app notice on any screen.
    expect(changes).toEqual([
      { quesitoId: 'q1', protocollo: 'INPS.1.2026.0000001', stato: 'chiusa', esito: 'non_accolta' },
    ]);
    service.stop();
  });

  it('takes the first look at sign-in, so a change soon after is told, also from the user’s list', async () => {
    let stato: StatoQuesito = 'aperta';
    const lookups: string[] = [];
    const gateway = fakeGateway({
      quesitiList: (_params, _body, { background }) => {
        lookups.push(background ? 'background' : 'user');
        return [quesitoSummary({ id: 'q2', protocollo: 'INPS.1.2026.0000002', stato })];
      },
    });
    const hub = createEventHub();
    const changes: unknown[] = [];
    hub.subscribe((name, payload) => {
      if (name === 'quesiti.changed') changes.push(payload);
    });
    // The timer would look only in a minute: the first look must come from the sign-in.
    const service = createQuesitiService(gateway, hub, temp(), { retryMs: 60_000 });
    hub.emit('auth.changed', { state: 'signed-in' } as never);
    await expect.poll(() => lookups).toEqual(['background']);
    stato = 'in_carico';
    await service.list();
    expect(changes).toEqual([
      { quesitoId: 'q2', protocollo: 'INPS.1.2026.0000002', stato: 'in_carico', esito: null },
    ]);
    service.stop();
  });
});

describe('quesiti CLI', () => {
  it('zips files as the app does and refuses a fourth one', async () => {
    const dir = temp();
    const paths = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].map((name) => join(dir, name));
    paths.forEach((path) => writeFileSync(path, `contenuto ${path}`));
    const errors: string[] = [];
    expect(
      await quesitiCli(
        ['zip', join(dir, 'x.zip'), ...paths],
        () => undefined,
        (m) => errors.push(m),
      ),
    ).toBe(1);
    expect(errors.join(' ')).toMatch(/al massimo 3 file/);
    expect(await quesitiCli(['zip', join(dir, 'ok.zip'), ...paths.slice(0, 3)], () => undefined)).toBe(0);
    expect(execFileSync('unzip', ['-l', join(dir, 'ok.zip')]).toString()).toMatch(/a\.pdf[\s\S]*c\.pdf/);
    expect(
      await quesitiCli(
        [],
        () => undefined,
        () => undefined,
      ),
    ).toBe(2);
  });
});
