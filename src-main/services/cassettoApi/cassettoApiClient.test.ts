import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract';
import type { Slot } from '../../../shared/domain/quesiti';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import { callEndpoint, type HttpFetch } from './cassettoApiClient';
import { fakeGateway } from './fakeGateway.test-support';

interface Sent {
  url: string;
  method: string | undefined;
  body: unknown;
  signal: AbortSignal | null | undefined;
}

/** A fetch that records what it was asked and answers `answer` (or waits for the abort). */
function recordingFetch(answer: unknown, status = 200): { fetchImpl: HttpFetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetchImpl: HttpFetch = (input, init) => {
    sent.push({
      url: String(input),
      method: init?.method,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init?.signal,
    });
    if (answer === 'hang') {
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    }
    return Promise.resolve(Response.json(answer, { status }));
  };
  return { fetchImpl, sent };
}

const slot = { id: 's1', inizio: '2026-12-01T09:00', fine: '2026-12-01T09:30', sede: 'Parma' };

describe('callEndpoint', () => {
  it('builds the path from the table, sends the body as JSON and gives back the checked answer', async () => {
    const { fetchImpl, sent } = recordingFetch(
      { id: 'A1', inizio: 'x', fine: 'y', sede: 'Parma', modalita: 'in sede' },
      201,
    );
    const booked = await callEndpoint(
      fetchImpl,
      'http://api',
      'token',
      endpoints.appuntamentoBook,
      { posizioneId: '82001450343-00001', quesitoId: 'q/1' },
      { slotId: 's1' },
    );
    expect(booked.modalita).toBe('in sede');
    expect(sent).toMatchObject([
      {
        url: 'http://api/v1/posizioni/82001450343-00001/quesiti/q%2F1/appuntamento',
        method: 'POST',
        body: { slotId: 's1' },
      },
    ]);
  });

  it('refuses an answer its schema does not describe', async () => {
    const { fetchImpl } = recordingFetch([{ ...slot, sede: 42 }]);
    await expect(
      callEndpoint(
        fetchImpl,
        'http://api',
        't',
        endpoints.quesitoSlots,
        { posizioneId: 'P', quesitoId: 'Q' },
        undefined,
      ),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/non riconosciuta/) });
  });

  it('stops when the caller gives up: the signal reaches fetch, and the call rejects as aborted', async () => {
    const { fetchImpl, sent } = recordingFetch('hang');
    const controller = new AbortController();
    const call = callEndpoint(fetchImpl, 'http://api', 't', endpoints.quesitiList, {}, undefined, {
      signal: controller.signal,
    });
    await expect.poll(() => sent.length).toBe(1);
    controller.abort();
    const error: unknown = await call.catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(ContractError);
    expect((error as Error).name).toBe('AbortError');
    expect(sent[0]?.signal?.aborted).toBe(true);
  });
});

describe('fakeGateway', () => {
  it('fails loudly, with the endpoint name, on a call no handler answers', async () => {
    const gateway = fakeGateway({ quesitiList: () => [] });
    await expect(gateway.call(endpoints.delegheList, {})).rejects.toThrow(/delegheList/);
    expect(gateway.calls.map((c) => c.name)).toEqual(['delegheList']);
  });

  it('checks what a handler answers with the endpoint’s schema, as the real gateway does', async () => {
    // A handler typed by the table cannot return this: it stands for a fake drifted from the API.
    const drifted = JSON.parse('[{"id":"s1","inizio":"a","fine":"b","sede":42}]') as Slot[];
    const gateway = fakeGateway({ quesitoSlots: () => drifted });
    await expect(
      gateway.call(endpoints.quesitoSlots, { posizioneId: 'P', quesitoId: 'Q' }),
    ).rejects.toThrow();
  });
});
