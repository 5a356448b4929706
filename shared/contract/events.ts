import { z } from 'zod';
import { ESITI_QUESITO, STATI_QUESITO } from '../domain/quesiti/quesito';
import { AuthStatusSchema } from './session';
import { SettingsSchema } from './settings';

/** Every event main pushes to the renderer. */
export const events = {
  'settings.changed': SettingsSchema,
  'auth.changed': AuthStatusSchema,
  /** How far the ZIP of a quesito's attachments has got, for the progress bar. */
  'quesiti.progress': z.object({ percent: z.number().min(0).max(100) }),
  /** The outbox sent a quesito written offline. */
  'quesiti.outboxSent': z.object({ idempotencyKey: z.string(), protocollo: z.string() }),
  /** The INPS office moved one of the user's quesiti: a notice on whatever screen is open. */
  'quesiti.changed': z.object({
    quesitoId: z.string(),
    protocollo: z.string(),
    stato: z.enum(STATI_QUESITO.codes),
    esito: z.enum(ESITI_QUESITO.codes).nullable(),
  }),
  /**
   * The Cruscotto's background load moved on (a posizione read, or the load ended): the screen
   * asks for the rows again. Counts only, no data of any posizione.
   */
  'cruscotto.changed': z.object({
    completate: z.number().int().min(0),
    totale: z.number().int().min(0),
    inCorso: z.boolean(),
  }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;
