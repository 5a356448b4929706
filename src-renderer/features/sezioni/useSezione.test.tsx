// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createClient, type Transport } from '../../../shared/contract';
import type { SezioneViewSpec } from '../../../shared/domain/sezioni';
import { ClientContext } from '../../ipc/ClientContext';
import { useSezione } from './useSezione';

/** A transport whose answers the test gives, one query at a time, seeing each query's signal. */
function heldTransport() {
  const queries: Array<{
    input: { view: SezioneViewSpec };
    signal?: AbortSignal;
    answer(value: unknown): void;
  }> = [];
  const transport: Transport = {
    invoke: (_name, input, signal) =>
      new Promise((resolve) =>
        queries.push({
          input: input as { view: SezioneViewSpec },
          ...(signal ? { signal } : {}),
          answer: (value) => resolve({ ok: true, value }),
        }),
      ),
    subscribe: () => () => undefined,
  };
  return { transport, queries };
}

/** The renderer's client on that transport, as the app provides it. */
function providing(transport: Transport) {
  const client = createClient(transport);
  return ({ children }: { children: ReactNode }) => (
    <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
  );
}

const windowOf = (stato: string) => ({
  rows: [],
  offset: 0,
  matched: 0,
  total: 0,
  totals: {},
  states: [stato],
  aggiornatoAl: '2026-01-01T00:00:00.000Z',
  offline: false,
});

describe('useSezione', () => {
  it('cancels the query a newer view replaces, and shows only the newer answer', async () => {
    const { transport, queries } = heldTransport();
    const wrapper = providing(transport);
    const first: SezioneViewSpec = { filters: {}, sort: null };
    const second: SezioneViewSpec = { filters: { stato: 'pagato' }, sort: null };
    const { result, rerender } = renderHook(
      ({ view }) => useSezione('80012345678-00001', 'versamenti', view),
      {
        wrapper,
        initialProps: { view: first },
      },
    );
    expect(queries).toHaveLength(1);
    rerender({ view: second });
    expect(queries).toHaveLength(2);
    expect(queries[0]?.signal?.aborted).toBe(true);
    expect(queries[1]?.signal?.aborted).toBe(false);

    await act(async () => {
      queries[0]?.answer(windowOf('vecchia'));
      queries[1]?.answer(windowOf('nuova'));
    });
    await waitFor(() => expect(result.current.state.kind).toBe('ready'));
    expect(result.current.state).toMatchObject({ kind: 'ready', value: { states: ['nuova'] } });
  });

  it('cancels the query in flight when the section is left', () => {
    const { transport, queries } = heldTransport();
    const wrapper = providing(transport);
    const { unmount } = renderHook(
      () => useSezione('80012345678-00001', 'versamenti', { filters: {}, sort: null }),
      {
        wrapper,
      },
    );
    unmount();
    expect(queries[0]?.signal?.aborted).toBe(true);
  });
});
