import type { z } from 'zod';
import { AuthStatusSchema } from './session';
import { SettingsSchema } from './settings';

/** Every event main pushes to the renderer. */
export const events = {
  'settings.changed': SettingsSchema,
  'auth.changed': AuthStatusSchema,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

export interface EventMessage {
  name: string;
  payload: unknown;
}
