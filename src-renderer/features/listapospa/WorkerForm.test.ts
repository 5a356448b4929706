import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { D0 } from '../../../shared/domain/listapospa/model';
import { validateD0 } from '../../../shared/domain/listapospa/rules';
import { sampleDenuncia, sampleE1, sampleF1 } from '../../../shared/domain/listapospa/sample';
import { WorkerForm } from './WorkerForm';
import { d0Path } from './editorStore';
import { fieldId } from './fieldId';

/**
 * Every finding the rules give on a worker has a field of its own on the form, with the id the
 * inline errors and the errors panel use: a field renamed or forgotten in the form fails here.
 */

const PATH = d0Path(0);

function troubledWorker(): D0 {
  const d0 = sampleDenuncia(1).azienda.listaPosPA.posPA[0]!.d0[0]!;
  const e0 = d0.e0[0]!;
  e0.inquadramento = { tipoImpiego: '8', tipoServizio: '4', regimeFineServizio: '1' };
  e0.inquadramento.partTimePA = { tipoPartTime: 'P', percPartTime: '66,67' };
  e0.gestioni.previdenziale = {
    codGestione: '6',
    tipo: 'TFR',
    imponibile: '1000.00',
    contributo: '1000.00',
    imponibileTFRUlterioriElem: '10.00',
  };
  d0.e0.push({
    ...structuredClone(e0),
    inquadramento: { tipoImpiego: '2', tipoServizio: '4' },
    gestioni: { pensionistica: { codGestione: '2', imponibile: '10.00', contributo: '3.27' } },
    codiceCessazione: '12',
  });
  d0.v1.push({
    causaleVariazione: '7',
    giornoInizio: '2025-12-01',
    giornoFine: '2025-12-31',
    inquadramento: { tipoImpiego: '1', tipoServizio: '4' },
    gestioni: { pensionistica: { codGestione: '2', imponibile: '100.00', contributo: '32.65' } },
    enteVersante: [
      {
        tipoContributo: '1',
        cfAzienda: '123',
        prgAzienda: '00000',
        imponibile: '1.00',
        contributo: '1.00',
        annoMeseErogazione: '2025-11',
        aliquota: '2',
      },
    ],
  });
  d0.e1.push(
    sampleE1({ codFondo: '', retribSoggettaAContrib: '0.00', contribLav: '0.00', contribDL: '0.00' }),
  );
  d0.f1.push(sampleF1({ tipoPiano: '11', prgRata: '7', totaleRate: '6', importo: '1.00' }));
  d0.datiSedeLavoro = { codiceComune: 'H501', cap: '1' };
  return d0;
}

describe('WorkerForm', () => {
  it('shows a field for the path of every finding on the worker', () => {
    const d0 = troubledWorker();
    const findings = validateD0(
      d0,
      { dataInvio: '2026-02-10', annoMeseDenuncia: '2026-01', tipoFlusso: 'ordinario' },
      PATH,
    );
    // The fixture breaks rules on every quadro, so this test covers them all.
    expect(new Set(findings.map((finding) => finding.code))).toEqual(
      new Set([
        'CE010',
        '00089I',
        '00383I',
        '00601I',
        '00603I',
        '00072I',
        'CE009',
        'CE004',
        '00171I',
        '00172I',
        'CE015',
        '00356I',
        'CE040',
        'CE041',
        'CE042',
        'CE011',
      ]),
    );
    const markup = renderToStaticMarkup(createElement(WorkerForm, { index: 0, d0, annoMese: '2026-01' }));
    const ids = new Set([...markup.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const missing = findings.filter((finding) => !ids.has(fieldId(finding.path)));
    expect(missing.map((finding) => `${finding.code} ${finding.path}`)).toEqual([]);
  });
});
