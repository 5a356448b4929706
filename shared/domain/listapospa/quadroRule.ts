import type { D0 } from './model';
import type { D0Rule, RuleContext } from './rules';

type Emit = Parameters<D0Rule['check']>[3];
type QuadroKind = 'e0' | 'v1' | 'e1' | 'f1';

/**
 * A D0 rule that checks each quadro of one kind (E0, V1, E1, F1) on its own, `at` being the
 * path of that quadro. In its own file because rules.ts and rulesQuadri.ts both build on it.
 */
export function quadroRule<K extends QuadroKind>(
  kind: K,
  rule: Pick<D0Rule, 'name' | 'code' | 'severity'>,
  visit: (quadro: D0[K][number], at: string, emit: Emit, context: RuleContext) => void,
): D0Rule {
  return {
    ...rule,
    check(d0, context, path, emit) {
      const quadri: readonly D0[K][number][] = d0[kind];
      quadri.forEach((quadro, index) => visit(quadro, `${path}.${kind}[${index}]`, emit, context));
    },
  };
}
