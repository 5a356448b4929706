import type { HandlersFor } from '../../../shared/contract';
import type { quesitiCalls } from '../../../shared/contract/calls/quesitiCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createQuesitiService } from './quesitiService';

/** Quesiti, Agenda appuntamenti and Instant Feedback behind the contract. */
export function quesitiHandlers({
  cassetto,
  events,
  environment,
  userScope,
}: ServiceDeps): HandlersFor<typeof quesitiCalls, CallContext> {
  const quesiti = createQuesitiService(cassetto, events, userScope, {
    ...(environment.notify ? { notify: environment.notify } : {}),
  });
  return {
    'quesiti.stage': async ({ nome, contenutoBase64 }) => {
      const { stagedId, nome: safe, dimensione } = await quesiti.stage(nome, contenutoBase64);
      return { stagedId, nome: safe, dimensione };
    },
    'quesiti.unstage': async ({ stagedId }) => ({ removed: await quesiti.unstage(stagedId) }),
    'quesiti.send': (input) => quesiti.send(input),
    'quesiti.list': () => quesiti.list(),
    'quesiti.discardOutbox': async ({ idempotencyKey }) => {
      await quesiti.discard(idempotencyKey);
      return { discarded: true as const };
    },
    'quesiti.detail': ({ posizioneId, quesitoId }) => quesiti.detail(posizioneId, quesitoId),
    'quesiti.allegati': ({ posizioneId, quesitoId }) => quesiti.allegati(posizioneId, quesitoId),
    'agenda.slots': ({ posizioneId, quesitoId }) => quesiti.slots(posizioneId, quesitoId),
    'agenda.book': ({ posizioneId, quesitoId, slotId }) => quesiti.book(posizioneId, quesitoId, slotId),
    'agenda.cancel': ({ posizioneId, quesitoId }) => quesiti.cancelBooking(posizioneId, quesitoId),
    'feedback.send': (input) => quesiti.sendFeedback(input),
  };
}
