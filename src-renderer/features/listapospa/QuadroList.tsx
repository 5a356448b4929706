import { useEffect, useRef, type ReactNode } from 'react';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t, type MessageKey } from '../../i18n';
import { GroupFindings } from './Fields';
import { fieldId } from './fieldId';

/** What a list of quadri says: its heading, the legend of item {n}, its add and remove buttons. */
export interface QuadroLabels {
  heading: MessageKey;
  title: MessageKey;
  add: MessageKey;
  remove: MessageKey;
}

/**
 * One repeated quadro (E0, V1, E1, F1, the EnteVersante rows of a V1): a fieldset per item with
 * its remove button, then the add button. The list itself carries the id of its model path, so
 * a finding about the whole list (00171I on `…v1[0].enteVersante`) shows here and the errors
 * panel can jump to it.
 */
export function QuadroList<T>({
  path,
  labels,
  nested,
  items,
  findings,
  onAdd,
  onRemove,
  children,
}: {
  /** Model path of the list, e.g. `azienda…d0[0].e1`. */
  path: string;
  labels: QuadroLabels;
  /** A list inside a quadro (EnteVersante of a V1) sits one heading level lower. */
  nested?: boolean;
  items: readonly T[];
  findings: readonly Finding[];
  onAdd(): void;
  onRemove(index: number): void;
  children(item: T, index: number, itemPath: string): ReactNode;
}) {
  const headingId = `${fieldId(path)}-titolo`;
  const Heading = nested ? 'h4' : 'h3';
  const container = useRef<HTMLDivElement>(null);
  // After add, focus goes to the first field of the new quadro; after remove, to the list (the
  // button pressed is gone). Keyboard users would otherwise be left on the add button or lost.
  const pending = useRef<'added' | 'removed' | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || !pending.current) return;
    if (pending.current === 'added') {
      const last = element.querySelector<HTMLElement>(':scope > fieldset:last-of-type');
      last?.querySelector<HTMLElement>('input, select')?.focus();
    } else element.focus();
    pending.current = null;
  }, [items.length]);
  return (
    <div
      ref={container}
      className="lp-quadro-list"
      id={fieldId(path)}
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="h6">
        {t(labels.heading)}
      </Heading>
      <GroupFindings path={path} findings={findings} />
      {items.map((item, index) => {
        const itemPath = `${path}[${index}]`;
        return (
          <fieldset key={index} className="lp-quadro" id={fieldId(itemPath)} tabIndex={-1}>
            <legend>{t(labels.title, { n: index + 1 })}</legend>
            <GroupFindings path={itemPath} findings={findings} />
            {children(item, index, itemPath)}
            <button
              type="button"
              className="btn btn-sm btn-link"
              onClick={() => {
                pending.current = 'removed';
                onRemove(index);
              }}
            >
              {t(labels.remove, { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-3"
        onClick={() => {
          pending.current = 'added';
          onAdd();
        }}
      >
        {t(labels.add)}
      </button>
    </div>
  );
}
