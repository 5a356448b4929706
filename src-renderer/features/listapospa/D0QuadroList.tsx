import type { ReactNode } from 'react';
import type { D0 } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { QuadroList, type QuadroLabels } from './QuadroList';

/** The lists of quadri of a worker (D0), in the order of the form. */
export type D0Quadro = 'e0' | 'v1' | 'e1' | 'f1';
type Item<K extends D0Quadro> = D0[K][number];

const LABELS: Record<D0Quadro, QuadroLabels> = {
  e0: { heading: 'lp.e0.heading', title: 'lp.e0.title', add: 'lp.addE0', remove: 'lp.e0.remove' },
  v1: { heading: 'lp.v1.heading', title: 'lp.v1.title', add: 'lp.addV1', remove: 'lp.v1.remove' },
  e1: { heading: 'lp.e1.heading', title: 'lp.e1.title', add: 'lp.addE1', remove: 'lp.e1.remove' },
  f1: { heading: 'lp.f1.heading', title: 'lp.f1.title', add: 'lp.addF1', remove: 'lp.f1.remove' },
};

/** One list of a worker's quadri: new ones from `create`, each drawn by `children`. */
export function D0QuadroList<K extends D0Quadro>({
  quadro,
  d0,
  base,
  findings,
  update,
  create,
  children,
}: {
  quadro: K;
  d0: D0;
  /** Model path of the worker. */
  base: string;
  findings: readonly Finding[];
  update(mutate: (d: D0) => void): void;
  create(): Item<K>;
  children(item: Item<K>, path: string, update: (mutate: (item: Item<K>) => void) => void): ReactNode;
}) {
  const list = (d: D0) => d[quadro] as Item<K>[];
  return (
    <QuadroList
      path={`${base}.${quadro}`}
      labels={LABELS[quadro]}
      items={list(d0)}
      findings={findings}
      onAdd={() => update((d) => list(d).push(create()))}
      onRemove={(index) => update((d) => list(d).splice(index, 1))}
    >
      {(item, index, path) =>
        children(item, path, (mutate) =>
          update((d) => {
            const target = list(d)[index];
            if (target) mutate(target);
          }),
        )
      }
    </QuadroList>
  );
}
