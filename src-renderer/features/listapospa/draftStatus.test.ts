import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { draftStatus, xsdBlockingByWorker } from './draftStatus';

const finding = (code: string, severity: Finding['severity']): Finding => ({
  code,
  rule: code,
  severity,
  path: 'azienda.listaPosPA.posPA[0].d0[0].cfLavoratore',
  message: `messaggio ${code}`,
});
const xsdError = finding('XSD', 'bloccante');

describe('draftStatus: one state for banner, counts and buttons', () => {
  it('never says "Verificata" above a blocking error: the XSD error blocks and is counted once', () => {
    const status = draftStatus({
      workers: 2,
      ruleFindings: [finding('CE001', 'bloccante'), finding('CE050', 'avviso')],
      xsd: { kind: 'done', label: 'XSD ricostruito', findings: [xsdError], current: true },
    });
    expect(status.blocking).toBe(2);
    expect(status.warnings).toBe(1);
    expect(status.findings.map((f) => f.code)).toEqual(['CE001', 'XSD', 'CE050']);
    expect(status.banner.tone).toBe('danger');
    expect(t(status.banner.key, status.banner.params)).toContain('2 errori bloccanti');
    expect(status.canSubmit).toBe(false);
  });

  it('drops a fixed XSD error once the new check says so, and only then says "Verificata"', () => {
    const edited = draftStatus({
      workers: 1,
      ruleFindings: [],
      xsd: { kind: 'done', label: 'XSD ricostruito', findings: [xsdError], current: false },
    });
    expect(edited.banner.tone).toBe('danger');
    const rechecked = draftStatus({
      workers: 1,
      ruleFindings: [],
      xsd: { kind: 'done', label: 'XSD ricostruito', findings: [], current: true },
    });
    expect(rechecked.blocking).toBe(0);
    expect(rechecked.banner.tone).toBe('success');
    expect(t(rechecked.banner.key, rechecked.banner.params)).toMatch(/^Verificata con XSD ricostruito/);
    expect(rechecked.canSubmit).toBe(true);
  });

  it('does not call an empty draft ready for export', () => {
    const status = draftStatus({
      workers: 0,
      ruleFindings: [],
      xsd: { kind: 'done', label: 'XSD ricostruito', findings: [], current: true },
    });
    expect(status.banner.tone).toBe('warning');
    expect(t(status.emptyList)).not.toContain('pronta');
    expect(t(status.banner.key, status.banner.params)).not.toContain('pronta');
    expect(status.canSubmit).toBe(false);
  });

  it('is not "verified" before the XSD ran, nor while it runs, nor after an edit', () => {
    const base = { workers: 1, ruleFindings: [] };
    expect(draftStatus({ ...base, xsd: { kind: 'none' } }).banner.tone).toBe('info');
    expect(t(draftStatus({ ...base, xsd: { kind: 'none' } }).emptyList)).not.toContain('pronta');
    expect(draftStatus({ ...base, xsd: { kind: 'checking' } }).banner.key).toBe('lp.verifying');
    const stale = draftStatus({ ...base, xsd: { kind: 'done', label: 'x', findings: [], current: false } });
    expect(stale.banner.key).toBe('lp.state.changed');
    expect(draftStatus({ ...base, xsd: { kind: 'failed', message: 'rete' } }).banner.tone).toBe('danger');
  });
});

describe('the worker list counts the XSD errors of each worker too', () => {
  const on = (path: string, severity: Finding['severity'] = 'bloccante'): Finding => ({
    ...finding('XSD', severity),
    path,
  });
  it('puts each blocking XSD finding on its worker, not warnings nor the frontespizio', () => {
    const counts = xsdBlockingByWorker({
      kind: 'done',
      label: 'XSD ricostruito',
      current: true,
      findings: [
        on('azienda.listaPosPA.posPA[0].d0[3].nome'),
        on('azienda.listaPosPA.posPA[0].d0[3].gestioni[0].imponibile'),
        on('azienda.listaPosPA.posPA[0].d0[12].cognome'),
        on('azienda.listaPosPA.posPA[0].d0[5].nome', 'avviso'),
        on('azienda.cfAzienda'),
      ],
    });
    expect([...counts]).toEqual([
      [3, 2],
      [12, 1],
    ]);
    expect(xsdBlockingByWorker({ kind: 'checking' }).size).toBe(0);
  });
});
