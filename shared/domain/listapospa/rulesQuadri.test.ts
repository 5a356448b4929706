import { describe, expect, it } from 'vitest';
import type { D0 } from './model';
import { validateD0, type RuleContext } from './rules';
import { sampleD0, sampleE1, sampleF1 } from './sample';

/** Each E1 / F1 / DatiSedeLavoro rule fires at its field, through the editor's validateD0. */

const PATH = 'azienda.listaPosPA.posPA[0].d0[0]';
const context: RuleContext = {
  dataInvio: '2026-02-10',
  annoMeseDenuncia: '2026-01',
  tipoFlusso: 'ordinario',
};

function worker(): D0 {
  const d0 = sampleD0(1);
  d0.e1.push(sampleE1());
  d0.f1.push(sampleF1());
  return d0;
}
const findings = (d0: D0, code: string) =>
  validateD0(d0, context, PATH)
    .filter((finding) => finding.code === code)
    .map((finding) => [finding.path, finding.severity]);

describe('rules of E1, F1 and DatiSedeLavoro', () => {
  it('a worker with a complete E1, F1 and sede has no finding', () => {
    expect(validateD0(worker(), context, PATH)).toEqual([]);
  });

  it.each<[string, (d0: D0) => void, string, string]>([
    ['CodFondo empty', (d) => void (d.e1[0]!.codFondo = ''), 'CE040', 'e1[0].codFondo'],
    [
      'E1 start date invalid',
      (d) => void (d.e1[0]!.dataInizioPeriodo = '2026-13-01'),
      'CE040',
      'e1[0].dataInizioPeriodo',
    ],
    [
      'E1 end before start',
      (d) => void (d.e1[0]!.dataFinePeriodo = '2025-12-31'),
      'CE040',
      'e1[0].dataFinePeriodo',
    ],
    ['F1 month form', (d) => void (d.f1[0]!.annoMeseRif = '01/2026'), 'CE041', 'f1[0].annoMeseRif'],
    ['F1 rata beyond the plan', (d) => void (d.f1[0]!.prgRata = '61'), 'CE041', 'f1[0].prgRata'],
    ['F1 total not a number', (d) => void (d.f1[0]!.totaleRate = '0'), 'CE041', 'f1[0].totaleRate'],
    [
      'codice catastale form',
      (d) => void (d.datiSedeLavoro!.codiceComune = 'ROMA'),
      'CE042',
      'datiSedeLavoro.codiceComune',
    ],
    ['CAP five digits', (d) => void (d.datiSedeLavoro!.cap = '0010'), 'CE042', 'datiSedeLavoro.cap'],
  ])('%s: %s', (_name, mutate, code, path) => {
    const d0 = worker();
    mutate(d0);
    expect(findings(d0, code)).toEqual([[`${PATH}.${path}`, 'bloccante']]);
  });
});
