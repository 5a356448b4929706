import { z } from 'zod';
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
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

export interface EventMessage {
  name: string;
  payload: unknown;
}
