/**
 * Gestione Deleghe against the real sandbox: HTTP API, SQLite, and the OTP travelling by SMTP to
 * the sandbox mailbox, read back from there as a tester would.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../index';
import { personaByKey, type PersonaKey } from '../seed/personae';
import { posizioneId, type PosizioneKey } from '../seed/enti';
import { forgeTokenFor } from '../testing/tokens';

let dir: string;
let sandbox: Sandbox;
let fixture: Record<string, unknown> & { ente: Record<string, string> };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-deleghe-'));
  sandbox = await startSandbox({ dataDir: dir });
  fixture = JSON.parse(
    await readFile(new URL('../../e2e/fixtures/delega-request.json', import.meta.url), 'utf8'),
  ) as typeof fixture;
});
afterAll(async () => {
  await sandbox.stop();
  await rm(dir, { recursive: true, force: true });
});

async function call(persona: PersonaKey, method: string, path: string, body?: unknown) {
  const token = await forgeTokenFor(sandbox, persona);
  const response = await fetch(`${sandbox.apiBaseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } },
  };
}

const ricercaIds = async (persona: PersonaKey) =>
  ((await call(persona, 'GET', '/v1/posizioni')).body as unknown as Array<{ id: string }>).map((p) => p.id);

function otpFromMailbox(enteCf: string, pec: string): string {
  const [latest] = sandbox.mailbox.find({
    to: pec,
    subject: `Comunicazione inserimento richiesta nuova delega per la posizione ${enteCf}`,
  });
  const otp = /OTP\): (\d{8})/.exec(latest?.text ?? '')?.[1];
  if (!otp) throw new Error('OTP non trovato nella casella');
  return otp;
}

describe('the deleghe INPS has on record', () => {
  it('lists the intermediario’s seeded deleghe, in every state, with the three that open her posizioni', async () => {
    const listed = (await call('intermediario', 'GET', '/v1/deleghe')).body as unknown as Array<{
      posizioneId: string;
      stato: string;
      dataFine: string;
    }>;
    const byPosizione = new Map(listed.map((delega) => [delega.posizioneId, delega.stato]));
    expect(byPosizione.get(posizioneId('comune-roccafredda'))).toBe('attiva');
    expect(byPosizione.get(posizioneId('unione-bassa'))).toBe('attiva');
    expect(byPosizione.get(posizioneId('istituto-comprensivo'))).toBe('attiva');
    expect(byPosizione.get(posizioneId('archivio-stato'))).toBe('richiesta');
    expect(byPosizione.get(posizioneId('asl-pianura'))).toBe('revocata');
    expect(byPosizione.get(posizioneId('comune-borgo-nidi'))).toBe('scaduta');
    expect(
      listed
        .filter((delega) => delega.stato === 'attiva')
        .map((d) => d.posizioneId)
        .sort(),
    ).toEqual((await ricercaIds('intermediario')).sort());
    // Nobody else sees them.
    expect((await call('subdelegato', 'GET', '/v1/deleghe')).body).toEqual([]);
  });
});

describe('a delega requested by an intermediario', () => {
  it('is activated only by its OTP, once, and opens the posizione in the Ricerca', async () => {
    const asl = posizioneId('asl-pianura');
    expect(await ricercaIds('intermediario')).not.toContain(asl);

    const created = await call('intermediario', 'POST', '/v1/deleghe', fixture);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ stato: 'richiesta', posizioneId: asl, tentativiRimasti: 3 });
    const numero = created.body.numeroRichiesta as string;
    expect(numero).toMatch(/^DLG-\d{4}-\d{6}$/);

    // The HTTP back office sees the same PEC the mailbox API does.
    const viaHttp = (await (
      await fetch(`${sandbox.apiBaseUrl}/sandbox/mailbox?to=${encodeURIComponent(fixture.ente.pec ?? '')}`, {
        headers: { 'x-operatore-key': sandbox.operatorKey },
      })
    ).json()) as Array<{ subject: string }>;
    expect(viaHttp[0]?.subject).toBe(
      'Comunicazione inserimento richiesta nuova delega per la posizione 02246800342',
    );
    const otp = otpFromMailbox('02246800342', fixture.ente.pec ?? '');

    const wrong = await call('intermediario', 'POST', `/v1/deleghe/${numero}/attivazione`, {
      otp: otp === '00000000' ? '11111111' : '00000000',
      dichiarazioneFirma: true,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({
      code: 'OTP_ERRATO',
      message: expect.stringContaining('restano 2'),
    });

    const undeclared = await call('intermediario', 'POST', `/v1/deleghe/${numero}/attivazione`, { otp });
    expect(undeclared.status).toBe(400);

    const other = await call('subdelegato', 'POST', `/v1/deleghe/${numero}/attivazione`, {
      otp,
      dichiarazioneFirma: true,
    });
    expect(other.status).toBe(404);

    const activated = await call('intermediario', 'POST', `/v1/deleghe/${numero}/attivazione`, {
      otp,
      dichiarazioneFirma: true,
    });
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({
      stato: 'attiva',
      dataFine: '2028-11-30',
      conservareFino: '2033-11-30',
    });
    expect(await ricercaIds('intermediario')).toContain(asl);

    const reused = await call('intermediario', 'POST', `/v1/deleghe/${numero}/attivazione`, {
      otp,
      dichiarazioneFirma: true,
    });
    expect(reused.status).toBe(409);
    expect(reused.body.error?.code).toBe('OTP_GIA_UTILIZZATO');

    const revoked = await call('intermediario', 'POST', `/v1/deleghe/${numero}/revoca`);
    expect(revoked.body).toMatchObject({ stato: 'revocata' });
    expect(await ricercaIds('intermediario')).not.toContain(asl);
  });

  it('is blocked after three wrong OTPs: a new OTP does not unblock it, a new request is needed', async () => {
    const created = await call('intermediario', 'POST', '/v1/deleghe', fixture);
    expect(created.status).toBe(201);
    const numero = created.body.numeroRichiesta as string;
    const first = otpFromMailbox('02246800342', fixture.ente.pec ?? '');
    const wrongOtp = first === '00000000' ? '11111111' : '00000000';
    const attempt = (otp: string, which = numero) =>
      call('intermediario', 'POST', `/v1/deleghe/${which}/attivazione`, { otp, dichiarazioneFirma: true });

    expect((await attempt(wrongOtp)).status).toBe(422);
    expect((await attempt(wrongOtp)).status).toBe(422);
    const third = await attempt(wrongOtp);
    expect(third.status).toBe(423);
    expect(third.body.error?.message).toMatch(/presenta una nuova richiesta/);
    // Blocked means blocked: not even the right OTP goes through now, nor a new one.
    expect((await attempt(first)).body.error?.code).toBe('RICHIESTA_BLOCCATA');
    const resent = await call('intermediario', 'POST', `/v1/deleghe/${numero}/otp`);
    expect(resent.status).toBe(423);
    expect(resent.body.error?.code).toBe('RICHIESTA_BLOCCATA');

    const again = await call('intermediario', 'POST', '/v1/deleghe', fixture);
    expect(again.status).toBe(201);
    const second = otpFromMailbox('02246800342', fixture.ente.pec ?? '');
    expect((await attempt(second, again.body.numeroRichiesta as string)).body).toMatchObject({
      stato: 'attiva',
    });
    await call('intermediario', 'POST', `/v1/deleghe/${again.body.numeroRichiesta as string}/revoca`);
  });

  it('sends at most three new OTPs an hour, and a new OTP does not give back the attempts', async () => {
    const created = await call('intermediario', 'POST', '/v1/deleghe', fixture);
    const numero = created.body.numeroRichiesta as string;
    expect(created.body).toMatchObject({ reinviiOtpRimasti: 3, prossimoReinvioOtp: null });
    const pecs = () =>
      sandbox.mailbox.find({
        to: fixture.ente.pec ?? '',
        subject: 'Comunicazione inserimento richiesta nuova delega per la posizione 02246800342',
      }).length;
    const wrong =
      otpFromMailbox('02246800342', fixture.ente.pec ?? '') === '00000000' ? '11111111' : '00000000';
    const failed = await call('intermediario', 'POST', `/v1/deleghe/${numero}/attivazione`, {
      otp: wrong,
      dichiarazioneFirma: true,
    });
    expect(failed.body.error?.message).toContain('restano 2 tentativi');

    const before = pecs();
    for (const left of [2, 1, 0]) {
      const resent = await call('intermediario', 'POST', `/v1/deleghe/${numero}/otp`);
      expect(resent.status).toBe(200);
      expect(resent.body).toMatchObject({ stato: 'richiesta', tentativiRimasti: 2, reinviiOtpRimasti: left });
    }
    expect(pecs()).toBe(before + 3);

    const started = Date.now();
    const refused = await fetch(`${sandbox.apiBaseUrl}/v1/deleghe/${numero}/otp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await forgeTokenFor(sandbox, 'intermediario')}`,
      },
    });
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('TROPPI_INVII_OTP');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const next = new Date(started + retryAfter * 1000);
    const hhmm = new Intl.DateTimeFormat('it-IT', {
      timeZone: 'Europe/Rome',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect([hhmm.format(next), hhmm.format(new Date(next.getTime() + 60_000))]).toContain(
      /dalle (\d\d:\d\d)/.exec(body.error.message)?.[1],
    );
    expect(pecs()).toBe(before + 3);

    const shown = await call('intermediario', 'GET', `/v1/deleghe/${numero}`);
    expect(shown.body).toMatchObject({ reinviiOtpRimasti: 0, tentativiRimasti: 2 });
    expect(Date.parse(shown.body.prossimoReinvioOtp as string)).toBeGreaterThan(Date.now() + 3_500_000);

    // The last OTP sent works, with the attempts that were left.
    const otp = otpFromMailbox('02246800342', fixture.ente.pec ?? '');
    const activated = await call('intermediario', 'POST', `/v1/deleghe/${numero}/attivazione`, {
      otp,
      dichiarazioneFirma: true,
    });
    expect(activated.body).toMatchObject({ stato: 'attiva' });
    await call('intermediario', 'POST', `/v1/deleghe/${numero}/revoca`);
  });

  it('refuses a request in someone else’s name, or on a posizione that does not exist', async () => {
    const foreign = await call('subdelegato', 'POST', '/v1/deleghe', fixture);
    expect(foreign.status).toBe(403);
    const missing = await call('intermediario', 'POST', '/v1/deleghe', {
      ...fixture,
      ente: { ...fixture.ente, progressivo: '00009' },
    });
    expect(missing.body.error?.code).toBe('POSIZIONE_INESISTENTE');
    const invalid = await call('intermediario', 'POST', '/v1/deleghe', {
      ...fixture,
      ente: { ...fixture.ente, codiceFiscale: '02246800343' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error?.message).toMatch(/^ente\.codiceFiscale: /);
  });
});

describe('abilitazioni granted to one’s own people', () => {
  /** `granter` opens `posizione` to `grantee`, as the Abilitazioni concesse screen does. */
  const grant = (granter: PersonaKey, grantee: PersonaKey, posizione: PosizioneKey, ruolo: string) =>
    call(granter, 'POST', '/v1/abilitazioni-concesse', {
      codiceFiscale: personaByKey(grantee).codiceFiscale,
      posizioneId: posizioneId(posizione),
      ruolo,
    });
  const revoke = (persona: PersonaKey, granted: { body: Record<string, unknown> }) =>
    call(persona, 'POST', `/v1/abilitazioni-concesse/${String(granted.body.id)}/revoca`);

  it.each([
    {
      what: 'a sub-abilitazione of the intermediario’s employee',
      granter: 'intermediario',
      grantee: 'subdelegato',
      posizione: 'unione-bassa',
      ruolo: 'subdelegato',
    },
    {
      what: 'the legale rappresentante’s delega of an employee in comando',
      granter: 'legale-comune',
      grantee: 'comando',
      posizione: 'comune-borgo-nidi',
      ruolo: 'delegato_comando',
    },
  ] as const)(
    '$what opens the posizione to the grantee until revoked',
    async ({ granter, grantee, posizione, ruolo }) => {
      const id = posizioneId(posizione);
      expect(await ricercaIds(grantee)).not.toContain(id);
      const granted = await grant(granter, grantee, posizione, ruolo);
      expect(granted.status).toBe(201);
      expect(await ricercaIds(grantee)).toContain(id);
      await revoke(granter, granted);
      expect(await ricercaIds(grantee)).not.toContain(id);
    },
  );

  it('an intermediario sub-abilita only on the posizioni she holds a delega for', async () => {
    const notHis = await grant('intermediario', 'subdelegato', 'comune-borgo', 'subdelegato');
    expect(notHis.status).toBe(403);
    expect(await ricercaIds('subdelegato')).not.toContain(posizioneId('comune-borgo'));
  });

  it('only the one who granted an abilitazione revokes it', async () => {
    const nidi = posizioneId('comune-borgo-nidi');
    const granted = await grant('legale-comune', 'comando', 'comune-borgo-nidi', 'delegato_comando');
    expect((await revoke('delegato-comune', granted)).status).toBe(403);
    expect(await ricercaIds('comando')).toContain(nidi);
    await revoke('legale-comune', granted);
  });
});

describe('an OTP past its expiry', () => {
  it('is refused, and a new one works', async () => {
    const shortDir = await mkdtemp(join(tmpdir(), 'sandbox-deleghe-ttl-'));
    const short = await startSandbox({ dataDir: shortDir, otpTtlMs: 2_000 });
    try {
      const token = await forgeTokenFor(short, 'intermediario');
      const post = async (path: string, body: unknown = {}) => {
        const response = await fetch(`${short.apiBaseUrl}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const numero = (await post('/v1/deleghe', fixture)).body.numeroRichiesta as string;
      const readOtp = () =>
        /OTP\): (\d{8})/.exec(short.mailbox.find({ to: fixture.ente.pec ?? '' })[0]?.text ?? '')?.[1] ?? '';
      const expired = readOtp();
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const late = await post(`/v1/deleghe/${numero}/attivazione`, {
        otp: expired,
        dichiarazioneFirma: true,
      });
      expect(late.status).toBe(410);
      expect(late.body).toMatchObject({ error: { code: 'OTP_SCADUTO' } });

      await post(`/v1/deleghe/${numero}/otp`);
      const fresh = readOtp();
      expect(fresh).not.toBe('');
      const activated = await post(`/v1/deleghe/${numero}/attivazione`, {
        otp: fresh,
        dichiarazioneFirma: true,
      });
      // Two seconds are plenty for a loopback round trip.
      expect(activated.body).toMatchObject({ stato: 'attiva' });
    } finally {
      await short.stop();
      await rm(shortDir, { recursive: true, force: true });
    }
  });
});
