import type { VoceScadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import type { ScadenzaKind } from '../../../shared/domain/scadenze/scadenza';
import { formatDate } from '../../format';
import { t, type MessageKey } from '../../i18n';

export const kindLabel = (kind: ScadenzaKind) => t(`scadenzario.kind.${kind}` as MessageKey);

/** "oggi", "tra 3 giorni", "scaduta da 2 giorni". */
export function whenLabel(traGiorni: number): string {
  if (traGiorni === 0) return t('scadenzario.oggi');
  return traGiorni > 0 ? t('scadenzario.tra', { n: traGiorni }) : t('scadenzario.scaduta', { n: -traGiorni });
}

export const shiftLabel = (voce: VoceScadenzario) =>
  voce.spostataPer === null
    ? null
    : t('scadenzario.shifted', { data: formatDate(voce.dataOriginale), motivo: voce.spostataPer });
