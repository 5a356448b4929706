import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempSandbox } from '../../../sandbox/testing/tempSandbox';
import { valueOf } from '../../../shared/contract/dispatcherFor.test-support';
import { sezioniCallsAs, type CassettoCall, type CassettoCallsAs } from './sezioniCalls.test-support';
import { posizioneId, seedPosizione } from '../../../sandbox/seed/enti';
import { generateNoteDebito } from '../../../sandbox/seed/sezioni';
import { expectPdfText } from '../../pdfText.test-support';

/** noteDebito.pdf through the real dispatcher and gateway, against the real sandbox. */

const posizione = seedPosizione('comune-borgo');
let calls: CassettoCallsAs;
let sandbox: TempSandbox;
let call: CassettoCall;

beforeAll(async () => {
  calls = await sezioniCallsAs('legale-comune');
  ({ sandbox, call } = calls);
});
afterAll(() => calls?.dispose());

describe('noteDebito.pdf', () => {
  it('prints the nota as INPS lists it: number, amount, every worker', async () => {
    const nota = generateNoteDebito(posizione, sandbox.oggiSeed).find((n) => n.lavoratori.length > 1)!;
    const file = valueOf(
      await call('noteDebito.pdf', { posizioneId: posizioneId('comune-borgo'), notaId: nota.id }),
    );
    expect(file.rows).toBe(nota.lavoratori.length);
    await expectPdfText(Buffer.from(file.base64, 'base64'), [
      `Nota di debito ${nota.numero}`,
      ...nota.lavoratori.map((lavoratore) => lavoratore.codiceFiscale),
    ]);
  });

  it('answers NOT_FOUND for a nota the posizione does not have', async () => {
    const answer = await call('noteDebito.pdf', {
      posizioneId: posizioneId('comune-borgo'),
      notaId: 'ND-NESSUNA',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers FORBIDDEN for a posizione the user has no delega for (INPS decides)', async () => {
    const answer = await call('noteDebito.pdf', { posizioneId: posizioneId('asl-pianura'), notaId: 'ND-1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
