import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '../../../shared/contract/dispatcherFor.test-support';
import { sezioniCallsAs, type CassettoCall, type CassettoCallsAs } from './sezioniCalls.test-support';
import { expectPdfText } from '../../pdfText.test-support';

/** tracciati.send and its receipt PDF through the real dispatcher and gateway, real sandbox. */

const POSIZIONE = '82001450343-00001';
let calls: CassettoCallsAs;
let call: CassettoCall;

beforeAll(async () => {
  calls = await sezioniCallsAs('legale-comune');
  ({ call } = calls);
});
afterAll(() => calls?.dispose());

const send = (nomeFile: string, contenutoBase64: string) =>
  call('tracciati.send', { posizioneId: POSIZIONE, nomeFile, contenutoBase64 });
const list = async () => valueOf(await call('tracciati.list', { posizioneId: POSIZIONE }));

describe('tracciati', () => {
  it('refuses content that is not base64 before it leaves, and INPS records nothing', async () => {
    const before = (await list()).length;
    expect(await send('a.txt', 'non base64!')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await list()).toHaveLength(before);
  });

  it('gives INPS’s reason for a file that is not a tracciato, recording nothing', async () => {
    const before = (await list()).length;
    expect(await send('sedici.txt', Buffer.from('sedici caratteri').toString('base64'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('lungo 16 caratteri') as string },
    });
    expect(await list()).toHaveLength(before);
  });

  it('offers the receipt of a tracciato sent as a PDF with protocol, date, SHA-256 and file name', async () => {
    const content = `0${'82001450343'}${'T'.repeat(48)}\n${'1'.repeat(60)}\n`;
    const sent = valueOf(await send('tracciato-38-2000.txt', Buffer.from(content).toString('base64')));
    const pdf = valueOf(
      await call('tracciati.ricevutaPdf', { posizioneId: POSIZIONE, protocollo: sent.protocollo }),
    );
    await expectPdfText(Buffer.from(pdf.base64, 'base64'), [
      'Ricevuta di invio tracciato',
      sent.protocollo,
      sent.dataRicezione.slice(0, 10).split('-').reverse().join('/'),
      createHash('sha256').update(content).digest('hex'),
      'tracciato-38-2000.txt',
    ]);
    expect(
      await call('tracciati.ricevutaPdf', { posizioneId: POSIZIONE, protocollo: 'INPS.GDP.1999.0000001' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
