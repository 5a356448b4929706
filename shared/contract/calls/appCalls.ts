import { z } from 'zod';
import { NoInput, defineCall } from '../define';
import { SettingsSchema } from '../settings';

export const AppInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  mode: z.enum(['sandbox', 'production']),
  host: z.enum(['electron', 'web']),
});
export type AppInfo = z.output<typeof AppInfoSchema>;

/** The app itself: who it is, where it points. */
export const appCalls = {
  'app.info': defineCall({ input: NoInput, output: AppInfoSchema, errors: [] }),
  'settings.get': defineCall({ input: NoInput, output: SettingsSchema, errors: [] }),
  'settings.set': defineCall({ input: SettingsSchema, output: SettingsSchema, errors: ['INVALID_INPUT'] }),
} as const;
