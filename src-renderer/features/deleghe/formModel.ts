/** The delega form as flat string fields, turned into the shared request shape for validation. */
import type { DelegaRequestInput } from '../../../shared/domain/delega';

export type FormValues = Record<string, string>;

export function todayIso(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

export function initialValues(
  user: { codiceFiscale: string; nome: string; cognome: string } | null,
): FormValues {
  return {
    'intermediario.codiceFiscale': user?.codiceFiscale ?? '',
    'intermediario.nome': user?.nome ?? '',
    'intermediario.cognome': user?.cognome ?? '',
    'intermediario.qualifica': 'consulente_lavoro',
    durataMesi: '24',
    dataInizio: todayIso(),
    dataSottoscrizione: todayIso(),
  };
}

/** Nests `a.b` keys; durataMesi becomes a number, as the schema wants. */
export function toRequestInput(values: FormValues, servizi: string[]): DelegaRequestInput {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const [head, tail] = path.split('.', 2) as [string, string | undefined];
    if (tail === undefined) {
      nested[head] = value;
    } else {
      const group = (nested[head] ??= {}) as Record<string, string>;
      group[tail] = value;
    }
  }
  nested.durataMesi = Number(values.durataMesi);
  nested.servizi = servizi;
  for (const group of ['intermediario', 'ente', 'legaleRappresentante']) nested[group] ??= {};
  return nested as unknown as DelegaRequestInput;
}

export const fieldId = (path: string) => `delega-${path.replace(/\./g, '-')}`;
