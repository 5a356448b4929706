import { z } from 'zod';
import { NoInput, defineCall } from '../define';
import { cruscottoSchema, posizioneSnapshotSchema } from '../../domain/cruscotto/posizioneSnapshot';
import { posizioneIdSchema } from '../ids';

/** The Cruscotto (issue 15): every posizione of the Ricerca in one table, loaded in the background. */
export const cruscottoCalls = {
  /** The rows as known now and the load under way; the first call of a session starts a load. */
  'cruscotto.list': defineCall({
    input: NoInput,
    output: cruscottoSchema,
    errors: ['UNAUTHENTICATED'],
  }),
  /** Starts reading every posizione again, in the background. */
  'cruscotto.reload': defineCall({
    input: NoInput,
    output: cruscottoSchema,
    errors: ['UNAUTHENTICATED'],
  }),
  /** Reads one posizione again, now; a failure is in the row answered, not an error of the call. */
  'cruscotto.refresh': defineCall({
    input: z.object({ posizioneId: posizioneIdSchema }).strict(),
    output: posizioneSnapshotSchema,
    errors: ['UNAUTHENTICATED', 'NOT_FOUND'],
  }),
} as const;
