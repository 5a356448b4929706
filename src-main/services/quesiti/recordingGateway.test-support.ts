import type { NuovoQuesito, QuesitoDetail, QuesitoSummary } from '../../../shared/domain/quesiti';
import { fakeGateway, type FakeGateway } from '../cassettoApi/fakeGateway.test-support';

/** A quesito as the INPS lists it; `overrides` say what the test is about. */
export function quesitoSummary(overrides: Partial<QuesitoSummary> = {}): QuesitoSummary {
  return {
    id: 'q1',
    protocollo: 'INPS.1.2026.0000001',
    posizioneId: 'P1',
    denominazione: 'Comune',
    classe: 'DURC',
    oggetto: 'DURC',
    oggettoLabel: 'Durc',
    stato: 'aperta',
    esito: null,
    sede: 'Parma',
    dataApertura: '2026-11-27T10:00:00.000Z',
    dataAggiornamento: '2026-11-27T10:00:00.000Z',
    sogliaGiorni: 5,
    appuntamento: null,
    ...overrides,
  };
}

/** The quesito the INPS makes of a body sent: protocolled, nothing else happened yet. */
export function quesitoMadeOf(body: NuovoQuesito, protocollo = 'INPS.1.2026.0000001'): QuesitoDetail {
  return {
    ...quesitoSummary({ protocollo, classe: body.classe, oggetto: body.oggetto }),
    testo: body.testo,
    allegati: [],
    eventi: [],
  };
}

/** A gateway for quesiti tests: lists nothing, accepts every quesito and keeps the bodies sent. */
export function recordingGateway(): { gateway: FakeGateway; posted: NuovoQuesito[] } {
  const posted: NuovoQuesito[] = [];
  const gateway = fakeGateway({
    quesitiList: () => [],
    quesitoCreate: (_params, body) => {
      posted.push(body);
      return quesitoMadeOf(body);
    },
  });
  return { gateway, posted };
}

/**
 * A gateway whose quesiti wait until the test answers them: `accept` sees each body as it is
 * posted (and may throw, as an unreachable INPS), `answers[i](protocollo)` lets the i-th through.
 */
export function waitingGateway(accept: (body: NuovoQuesito) => void): {
  gateway: FakeGateway;
  answers: ((protocollo: string) => void)[];
} {
  const answers: ((protocollo: string) => void)[] = [];
  const gateway = fakeGateway({
    quesitiList: () => [],
    quesitoCreate: (_params, body) => {
      accept(body);
      return new Promise<QuesitoDetail>((resolve) =>
        answers.push((protocollo) => resolve(quesitoMadeOf(body, protocollo))),
      );
    },
  });
  return { gateway, answers };
}
