import { CfIndex } from './cfIndex';
import { GestioneTotals, type TotaleGestione } from './contributions';
import type { D0, Denuncia } from './model';
import type { RateOverrides } from './rates';
import {
  CF_LAVORATORE_UNICO,
  DENUNCIA_RULES,
  cfDuplicatoMessage,
  validateD0,
  type Finding,
  type RuleContext,
} from './rules';

/**
 * The incremental checks of an open draft, kept apart from the editor's store so the bench times
 * exactly what a keystroke costs. Workers are one flat list (the editor writes a single PosPA,
 * 00124I). An edit re-checks only the edited D0, moves its amounts in running totals (integer
 * cents) and its codice fiscale in an index, so nothing scans all 50,000 workers.
 */

export const d0Path = (index: number): string => `azienda.listaPosPA.posPA[0].d0[${index}]`;

const periodsOf = (d0: D0) => [...d0.e0, ...d0.v1];

/** The frontespizio with the given workers as its one PosPA (the arrays are shared, not copied). */
export function composeDenuncia(frontespizio: Denuncia, d0: D0[]): Denuncia {
  return {
    ...frontespizio,
    azienda: { ...frontespizio.azienda, listaPosPA: { ...frontespizio.azienda.listaPosPA, posPA: [{ d0 }] } },
  };
}

export class DraftChecks {
  private readonly totals = new GestioneTotals();
  private readonly cfIndex = new CfIndex();
  /** The rates the user set in "Aliquote": CE011 compares contributions with them. */
  overrides: RateOverrides = {};

  /**
   * `dataInvio` is asked at each check (a draft left open overnight is checked for the new day),
   * and the frontespizio is passed to each check, so an edit of the frontespizio applies at once.
   */
  constructor(
    workers: readonly D0[],
    private readonly dataInvio: () => string,
  ) {
    for (const worker of workers) {
      for (const periodo of periodsOf(worker)) this.totals.add(periodo);
      this.cfIndex.push(worker.cfLavoratore);
    }
  }

  context(frontespizio: Denuncia): RuleContext {
    return {
      dataInvio: this.dataInvio(),
      annoMeseDenuncia: frontespizio.azienda.annoMeseDenuncia,
      tipoFlusso: frontespizio.azienda.listaPosPA.tipo,
      overrides: this.overrides,
    };
  }

  checkD0(frontespizio: Denuncia, worker: D0, index: number): Finding[] {
    return validateD0(worker, this.context(frontespizio), d0Path(index));
  }

  /** The worker at `index` was replaced by `next`. */
  replaced(index: number, previous: D0, next: D0): void {
    for (const periodo of periodsOf(previous)) this.totals.add(periodo, -1);
    for (const periodo of periodsOf(next)) this.totals.add(periodo);
    this.cfIndex.set(index, next.cfLavoratore);
  }

  added(worker: D0): void {
    for (const periodo of periodsOf(worker)) this.totals.add(periodo);
    this.cfIndex.push(worker.cfLavoratore);
  }

  /** A worker was removed: the following ones shift, so the index is rebuilt (a rare action). */
  removed(removedWorker: D0, remaining: readonly D0[]): void {
    for (const periodo of periodsOf(removedWorker)) this.totals.add(periodo, -1);
    this.cfIndex.reset(remaining.map((worker) => worker.cfLavoratore));
  }

  /** Denuncia-level findings, equal to DENUNCIA_RULES on the composed denuncia. */
  denunciaFindings(frontespizio: Denuncia, workers: D0[]): Finding[] {
    const denuncia = composeDenuncia(frontespizio, workers);
    const findings: Finding[] = [];
    const context = this.context(frontespizio);
    for (const rule of DENUNCIA_RULES) {
      const emit = (path: string, message: string) =>
        findings.push({ code: rule.code, rule: rule.name, severity: rule.severity, path, message });
      if (rule === CF_LAVORATORE_UNICO) {
        // The one rule over all workers: answered from the index instead of a scan.
        for (const { index, cf } of this.cfIndex.duplicates())
          emit(`${d0Path(index)}.cfLavoratore`, cfDuplicatoMessage(cf));
      } else rule.check(denuncia, context, emit);
    }
    return findings;
  }

  totalsList(): TotaleGestione[] {
    return this.totals.list();
  }
}
