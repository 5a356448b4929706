import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { t } from '../../i18n';
import { useEditorStore } from './editorStore';

/** The draft's workers, virtualized, with a search and the count of blocking errors of each. */
export function WorkerList({ xsdBlocking }: { xsdBlocking: ReadonlyMap<number, number> }) {
  const d0 = useEditorStore((state) => state.d0);
  const findings = useEditorStore((state) => state.d0Findings);
  const selected = useEditorStore((state) => state.selected);
  const select = useEditorStore((state) => state.select);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => {
    const q = query.trim().toUpperCase();
    const all = d0.map((_, index) => index);
    if (!q) return all;
    return all.filter((index) => {
      const w = d0[index];
      return !!w && (w.cfLavoratore.includes(q) || `${w.cognome} ${w.nome}`.includes(q));
    });
  }, [d0, query]);
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 44,
  });

  const move = (delta: number) => {
    const position = visible.indexOf(selected);
    const next = visible[Math.max(0, Math.min(visible.length - 1, position + delta))];
    if (next !== undefined) {
      select(next);
      virtualizer.scrollToIndex(visible.indexOf(next));
    }
  };

  return (
    <div className="lp-workers">
      <label htmlFor="lp-search">{t('lp.search')}</label>
      <input
        id="lp-search"
        className="form-control mb-1"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="small text-muted mb-1" aria-live="polite">
        {t('lp.workersCount', { shown: visible.length, total: d0.length })}
      </p>
      <div
        ref={parent}
        className="lp-worker-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('lp.workers')}
        aria-activedescendant={selected >= 0 ? `lp-w-${selected}` : undefined}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') move(1);
          else if (event.key === 'ArrowUp') move(-1);
          else return;
          event.preventDefault();
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = visible[item.index] ?? 0;
            const w = d0[index];
            const blocking =
              (findings[index] ?? []).filter((f) => f.severity === 'bloccante').length +
              (xsdBlocking.get(index) ?? 0);
            return (
              <div
                key={index}
                id={`lp-w-${index}`}
                role="option"
                aria-selected={index === selected}
                data-testid="lp-worker"
                className={`lp-worker-item${index === selected ? ' active' : ''}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                }}
                onClick={() => select(index)}
              >
                <span>
                  {w?.cognome} {w?.nome}
                  <br />
                  <small>{w?.cfLavoratore}</small>
                </span>
                {blocking > 0 && <span className="badge bg-danger">{blocking}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
