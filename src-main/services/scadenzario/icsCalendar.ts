/**
 * The Scadenzario as an iCalendar file (RFC 5545), made with the `ics` library: one all-day
 * VEVENT per deadline, with a VALARM the days of preavviso before it.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Scadenza } from '../../../shared/domain/scadenze/scadenza';
import { formatData } from '../../../shared/text/formatIt';

const dayArray = (iso: string): [number, number, number] => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return [year, month, day];
};

const nextDay = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

function descriptionOf(scadenza: Scadenza): string {
  const lines = [
    `Posizione: ${scadenza.denominazione} (${scadenza.posizioneId})`,
    `Dati: ${scadenza.dati}`,
    `Fonte: ${scadenza.fonte.riferimento} – ${scadenza.fonte.testo}`,
  ];
  if (scadenza.spostataPer && scadenza.fonteSpostamento) {
    lines.push(
      `Spostata dal ${formatData(scadenza.dataOriginale)} (${scadenza.spostataPer}): ${scadenza.fonteSpostamento.riferimento}`,
    );
  }
  return lines.join('\n');
}

export function icsOf(scadenze: readonly Scadenza[], preavvisoGiorni: number): string {
  const events: EventAttributes[] = scadenze.map((scadenza) => ({
    uid: `${scadenza.id}@cassetto-enti`,
    title: `${scadenza.titolo} – ${scadenza.denominazione}`,
    description: descriptionOf(scadenza),
    start: dayArray(scadenza.data),
    end: dayArray(nextDay(scadenza.data)),
    url: scadenza.fonte.url,
    categories: [scadenza.kind],
    transp: 'TRANSPARENT',
    alarms: [
      {
        action: 'display',
        description: scadenza.titolo,
        trigger: { days: preavvisoGiorni, before: true },
      },
    ],
  }));
  const { error, value } = createEvents(events, {
    productId: 'cassetto-enti/scadenzario',
    calName: 'Scadenzario Cassetto Enti',
  });
  if (error || !value) throw error ?? new Error('Calendario non creato.');
  return value;
}
