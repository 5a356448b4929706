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

/** At most this many fixed ports for the login's loopback redirect. */
export const MAX_LOGIN_PORTS = 5;
/** The change of a worker's imponibile the review before sending points out, in percent. */
export const reviewThresholdsPercent = [10, 15, 20, 25, 30, 50] as const;
/** Minutes the app waits for the bridge to send the browser back. */
/** Days before a deadline from which the Scadenzario reminds it (issue 15). */
export const preavvisoGiorniOptions = [1, 3, 7, 15, 30] as const;

export const loginTimeoutsMinutes = [2, 5, 10, 15] as const;

/**
 * The listed ports, or null when the text is not a short list of ports 1024–65535. Split by a
 * single-character class, so linear in the (bounded) text.
 */
export function parseLoginPorts(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length > MAX_LOGIN_PORTS) return null;
  const ports = parts.map((part) => (/^\d{1,5}$/.test(part) ? Number(part) : NaN));
  if (ports.some((port) => !(port >= 1024 && port <= 65535))) return null;
  return [...new Set(ports)];
}

const loginPorts = z
  .string()
  .trim()
  .max(100)
  .refine((value) => parseLoginPorts(value) !== null, {
    message: `Indicare da 1 a ${MAX_LOGIN_PORTS} porte tra 1024 e 65535, separate da virgole (oppure lasciare vuoto).`,
  });

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
    /** Fixed ports for the login's loopback redirect, for bridges that match it exactly; '' = any port. */
    loginRedirectPorts: loginPorts,
    loginTimeoutMinutes: z.literal(loginTimeoutsMinutes),
    scadenzarioPreavvisoGiorni: z.literal(preavvisoGiorniOptions),
    reviewThresholdPercent: z.literal(reviewThresholdsPercent),
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
  loginRedirectPorts: '',
  loginTimeoutMinutes: 5,
  scadenzarioPreavvisoGiorni: 7,
  reviewThresholdPercent: 20,
};
