import { describe, expect, it } from 'vitest';
import { sampleD0 } from '../../../shared/domain/listapospa/sample';
import { mainServicesFor, sandboxAndDataDir } from '../mainServicesFor.test-support';

/**
 * The review before sending through the whole main side: with nothing sent to INPS for the
 * posizione it compares with the previous draft on this computer, and says so when INPS cannot
 * be reached; the threshold is the one saved in Impostazioni.
 */

const fixture = sandboxAndDataDir('cassetto-review-');
const { dataDir } = fixture;

interface Draft {
  revision: number;
  denuncia: { azienda: { listaPosPA: { posPA: { d0: unknown[] }[] } } };
}

describe('listapospa.review', () => {
  it('compares with the previous draft when none was sent, and tells when INPS is unreachable', async () => {
    const app = mainServicesFor(fixture.sandbox, dataDir);
    await app.signIn('intermediario', 2);
    const posizioneId = (await app.ok<{ id: string; denominazione: string }[]>('ricerca.list')).find((p) =>
      /Roccafredda/.test(p.denominazione),
    )?.id;
    const ente = { cfAzienda: '81002750339', ragSocAzienda: 'COMUNE DI ROCCAFREDDA', prgAzienda: '00001' };
    const make = async (annoMese: string, workers: ReturnType<typeof sampleD0>[]) => {
      const draft = await app.ok<Draft>('listapospa.drafts.create', {
        posizioneId,
        annoMese,
        from: 'vuota',
        ...ente,
      });
      draft.denuncia.azienda.listaPosPA.posPA[0]!.d0.push(...workers);
      await app.ok('listapospa.drafts.save', {
        posizioneId,
        revision: draft.revision,
        denuncia: draft.denuncia,
      });
    };
    await make('2026-01', [sampleD0(1, '2026-01'), sampleD0(2, '2026-01')]);
    const raised = sampleD0(1, '2026-02');
    raised.e0[0]!.gestioni.pensionistica!.imponibile = '2300.00'; // +15%
    await make('2026-02', [raised, sampleD0(3, '2026-02')]);

    const review = await app.ok<{
      basis: unknown;
      review: { added: { index: number }[]; ceased: unknown[]; changed: unknown[] };
      sogliaPercent: number;
      notice?: string;
    }>('listapospa.review', { posizioneId, annoMese: '2026-02' });
    expect(review.basis).toEqual({ kind: 'bozza', annoMese: '2026-01' });
    expect(review.notice).toBeUndefined();
    expect(review.sogliaPercent).toBe(20);
    expect(review.review.added).toHaveLength(1);
    expect(review.review.added[0]?.index).toBe(1);
    expect(review.review.ceased).toHaveLength(1);
    expect(review.review.changed).toEqual([]);

    // A threshold of 10% in Impostazioni: the raise of 15% is told.
    const settings = await app.ok<Record<string, unknown>>('settings.get');
    await app.ok('settings.set', { ...settings, reviewThresholdPercent: 10 });
    fixture.sandbox.setApiReachable(false);
    try {
      const offline = await app.ok<typeof review>('listapospa.review', { posizioneId, annoMese: '2026-02' });
      expect(offline.basis).toEqual({ kind: 'bozza', annoMese: '2026-01' });
      expect(offline.notice).toContain('L’ultima denuncia inviata all’INPS non è disponibile');
      expect(offline.review.changed).toHaveLength(1);
    } finally {
      fixture.sandbox.setApiReachable(true);
    }
    const pdf = await app.ok<{ fileName: string; mimeType: string; rows: number }>('listapospa.reviewPdf', {
      posizioneId,
      annoMese: '2026-02',
    });
    expect(pdf).toMatchObject({
      fileName: 'confronto-listapospa-2026-02.pdf',
      mimeType: 'application/pdf',
      rows: 3,
    });
    app.services.auth.dispose();
  }, 60_000);
});
