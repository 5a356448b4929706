/**
 * The Scadenzario of one user: the deadlines computed (shared/domain/scadenze) from the facts
 * the Cruscotto collects and caches per user, with the user's "fatto" marks, the reminders and
 * the .ics export. It reads no INPS data of its own.
 */
import { ContractError } from '../../../shared/contract';
import type { Scadenzario, VoceScadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import type { Cruscotto } from '../../../shared/domain/cruscotto/posizioneSnapshot';
import { daysUntil } from '../../../shared/domain/delega/delegaDates';
import { scadenzeDi } from '../../../shared/domain/scadenze/fromSnapshot';
import type { ScadenzaKind } from '../../../shared/domain/scadenze/scadenza';
import { oggiInItalia } from '../../../shared/domain/sezioni/contestazione';
import { formatData } from '../../../shared/text/formatIt';
import { icsOf } from './icsCalendar';
import type { ScadenzarioStore } from './scadenzarioStore';

/** Desktop notifications at one time, at most; the rest are told in one more. */
export const MAX_NOTIFICATIONS = 5;

export interface ScadenzarioDeps {
  /** The Cruscotto as known now (cruscotto.list): the facts of every posizione. */
  cruscotto: () => Promise<Cruscotto>;
  store: ScadenzarioStore;
  preavvisoGiorni: () => number;
  /** A desktop notification, where the host has them. */
  notify?: (title: string, body: string) => void;
  now?: () => Date;
}

export interface IcsFilter {
  posizioneId?: string | undefined;
  kinds?: readonly ScadenzaKind[] | undefined;
  includiFatte?: boolean | undefined;
}

export interface ScadenzarioService {
  list(): Promise<Scadenzario>;
  markDone(id: string, fatta: boolean): Promise<{ id: string; fatta: boolean }>;
  remind(): Promise<VoceScadenzario[]>;
  exportIcs(filter: IcsFilter): Promise<{ fileName: string; mimeType: string; base64: string; rows: number }>;
}

export function createScadenzarioService(deps: ScadenzarioDeps): ScadenzarioService {
  const now = deps.now ?? (() => new Date());

  const list = async (): Promise<Scadenzario> => {
    const cruscotto = await deps.cruscotto();
    const oggi = oggiInItalia(now());
    const fatte = await deps.store.fatte();
    const voci = scadenzeDi(cruscotto.righe, oggi).map((scadenza) => ({
      ...scadenza,
      fatta: fatte.has(scadenza.id),
      traGiorni: daysUntil(scadenza.data, oggi),
    }));
    const letture = cruscotto.righe.flatMap((riga) => (riga.aggiornatoAl ? [riga.aggiornatoAl] : []));
    return {
      voci,
      oggi,
      preavvisoGiorni: deps.preavvisoGiorni(),
      aggiornatoAl: letture.length > 0 ? letture.reduce((a, b) => (a < b ? a : b)) : null,
      caricamento: cruscotto.caricamento,
      errori: cruscotto.righe.flatMap((riga) =>
        riga.errore
          ? [
              {
                posizioneId: riga.posizione.id,
                denominazione: riga.posizione.denominazione,
                errore: riga.errore,
              },
            ]
          : [],
      ),
    };
  };

  return {
    list,
    async markDone(id, fatta) {
      await deps.store.mark(id, fatta, now());
      return { id, fatta };
    },
    async remind() {
      const { voci, oggi, preavvisoGiorni } = await list();
      const dovute = voci.filter((v) => !v.fatta && v.traGiorni >= 0 && v.traGiorni <= preavvisoGiorni);
      const fresh = new Set(
        await deps.store.takeReminders(
          dovute.map((v) => v.id),
          oggi,
        ),
      );
      const promemoria = dovute.filter((v) => fresh.has(v.id));
      if (deps.notify) {
        for (const voce of promemoria.slice(0, MAX_NOTIFICATIONS)) {
          deps.notify(
            voce.traGiorni === 0 ? 'Scadenza oggi' : `Scadenza tra ${voce.traGiorni} giorni`,
            `${voce.titolo} – ${voce.denominazione} (${formatData(voce.data)})`,
          );
        }
        const rest = promemoria.length - MAX_NOTIFICATIONS;
        if (rest > 0) deps.notify('Scadenzario', `Altre ${rest} scadenze nei prossimi giorni.`);
      }
      return promemoria;
    },
    async exportIcs(filter) {
      const { voci, oggi, preavvisoGiorni } = await list();
      const kinds = filter.kinds ? new Set(filter.kinds) : null;
      const chosen = voci.filter(
        (v) =>
          (filter.posizioneId === undefined || v.posizioneId === filter.posizioneId) &&
          (kinds === null || kinds.has(v.kind)) &&
          (filter.includiFatte === true || !v.fatta),
      );
      if (chosen.length === 0) {
        throw new ContractError('INVALID_INPUT', 'Nessuna scadenza da esportare con i filtri scelti.');
      }
      const text = icsOf(chosen, preavvisoGiorni);
      return {
        fileName: `scadenzario-${oggi}.ics`,
        mimeType: 'text/calendar',
        base64: Buffer.from(text, 'utf8').toString('base64'),
        rows: chosen.length,
      };
    },
  };
}
