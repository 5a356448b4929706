import { z } from 'zod';

/** Where the app points: the embedded sandbox (default) or the real INPS endpoints. */
export const environments = ['sandbox', 'production'] as const;
export type Environment = (typeof environments)[number];

export const uiLanguages = ['it'] as const;

const optionalUrl = (protocols: readonly string[], message: string) =>
  z
    .string()
    .trim()
    .max(2048)
    .refine((value) => value === '' || isUrlWithProtocol(value, protocols), { message });

function isUrlWithProtocol(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const optionalPath = z
  .string()
  .trim()
  .max(4096)
  .refine((value) => !value.includes('\0'), { message: 'Percorso non valido.' });

export const SettingsSchema = z
  .object({
    environment: z.enum(environments),
    cassettoApiBaseUrl: optionalUrl(['https:'], 'Indicare un indirizzo https:// valido.'),
    oidcIssuer: optionalUrl(['https:'], 'Indicare un indirizzo https:// valido.'),
    oidcClientId: z.string().trim().max(200, 'Massimo 200 caratteri.'),
    httpProxy: optionalUrl(['http:', 'https:'], 'Indicare un indirizzo http:// o https:// valido.'),
    extraCaCertFile: optionalPath,
    officialXsdPath: optionalPath,
    uiLanguage: z.enum(uiLanguages),
  })
  .superRefine((settings, ctx) => {
    if (settings.environment !== 'production') return;
    const required = ['cassettoApiBaseUrl', 'oidcIssuer', 'oidcClientId'] as const;
    for (const field of required) {
      if (settings[field] === '') {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'Obbligatorio per l’ambiente di produzione.',
        });
      }
    }
  });

export type Settings = z.output<typeof SettingsSchema>;

export const defaultSettings: Settings = {
  environment: 'sandbox',
  cassettoApiBaseUrl: '',
  oidcIssuer: '',
  oidcClientId: '',
  httpProxy: '',
  extraCaCertFile: '',
  officialXsdPath: '',
  uiLanguage: 'it',
};
