/**
 * What the ListaPosPA editor says about the draft, from one place (issue 14, point 2): the banner,
 * the counts, the list of findings and whether it may be sent all follow from the draft's size,
 * the live rule findings and the last XSD check, so they cannot contradict each other.
 */
import type { Finding } from '../../../shared/domain/listapospa/rules';
import type { MessageKey } from '../../i18n';

/** The last full check (XSD and reader) of the draft as it was then. */
export type XsdOutcome =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'failed'; message: string }
  /** `current` is false once the draft was edited after the check: its findings may be outdated. */
  | { kind: 'done'; label: string; findings: readonly Finding[]; current: boolean };

export interface DraftStatusInput {
  workers: number;
  /** The rule findings, checked live as the user types. */
  ruleFindings: readonly Finding[];
  xsd: XsdOutcome;
}

export interface Banner {
  tone: 'success' | 'info' | 'warning' | 'danger';
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface DraftStatus {
  /** Every finding, blocking ones first, in the order they were found. */
  findings: readonly Finding[];
  blocking: number;
  warnings: number;
  banner: Banner;
  /** What the findings list says when it is empty. */
  emptyList: MessageKey;
  canSubmit: boolean;
}

export function draftStatus({ workers, ruleFindings, xsd }: DraftStatusInput): DraftStatus {
  const all = xsd.kind === 'done' ? [...ruleFindings, ...xsd.findings] : [...ruleFindings];
  const blockingFindings = all.filter((f) => f.severity === 'bloccante');
  const findings = [...blockingFindings, ...all.filter((f) => f.severity !== 'bloccante')];
  const blocking = blockingFindings.length;
  const warnings = findings.length - blocking;
  const empty = workers === 0;
  const verified = xsd.kind === 'done' && xsd.current;
  return {
    findings,
    blocking,
    warnings,
    banner: banner(),
    emptyList: empty ? 'lp.state.noWorkersList' : verified ? 'lp.noErrors' : 'lp.state.noRuleErrors',
    canSubmit: blocking === 0 && !empty,
  };

  function banner(): Banner {
    if (xsd.kind === 'checking') return { tone: 'info', key: 'lp.verifying', params: {} };
    if (xsd.kind === 'failed')
      return { tone: 'danger', key: 'lp.state.checkFailed', params: { motivo: xsd.message } };
    if (blocking > 0) return { tone: 'danger', key: 'lp.state.blocking', params: { n: blocking } };
    if (empty) return { tone: 'warning', key: 'lp.state.noWorkers', params: {} };
    if (xsd.kind === 'done' && !xsd.current) return { tone: 'info', key: 'lp.state.changed', params: {} };
    if (verified)
      return { tone: 'success', key: 'lp.verified', params: { xsd: xsd.label, avvisi: warnings } };
    return { tone: 'info', key: 'lp.state.notVerified', params: { avvisi: warnings } };
  }
}

/** The D0 a finding's path points into (`….d0[12].…`), or -1 for the frontespizio. */
export function d0IndexOf(path: string): number {
  const match = /\.d0\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : -1;
}

/**
 * Blocking findings of the last full check per worker, for the worker list's badges: the live
 * rule findings are counted there already, and the XSD's count as well, as in the totals above.
 */
export function xsdBlockingByWorker(xsd: XsdOutcome): ReadonlyMap<number, number> {
  const counts = new Map<number, number>();
  if (xsd.kind !== 'done') return counts;
  for (const finding of xsd.findings) {
    const index = d0IndexOf(finding.path);
    if (finding.severity === 'bloccante' && index >= 0) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}
