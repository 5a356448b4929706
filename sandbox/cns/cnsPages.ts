/** The CNS endpoint's pages: why a card was refused, in Italian, with the way forward. */
import { escapeHtml, layout } from '../bridge/html';

export interface PageLinks {
  /** The same CNS address, to try again once the card is in the reader. */
  retry?: string;
  /** The bridge's choice of SPID, CIE or CNS for this login. */
  back?: string;
}

function links({ retry, back }: PageLinks): string {
  const items = [
    retry ? `<a href="${escapeHtml(retry)}">Riprova con la CNS</a>` : '',
    back ? `<a href="${escapeHtml(back)}">Scegli un altro modo di accesso (SPID o CIE)</a>` : '',
  ].filter((item) => item !== '');
  return items.length === 0 ? '' : `<div class="actions">${items.join('\n')}</div>`;
}

export function cnsPage(title: string, paragraphs: readonly string[], nav: PageLinks): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>\n<div class="alert" role="alert">${body}</div>\n${links(nav)}`,
  );
}

export const NO_CERTIFICATE = {
  title: 'Serve la Carta Nazionale dei Servizi',
  paragraphs: [
    'Il browser non ha presentato alcun certificato: l’accesso con CNS non può proseguire.',
    'Per entrare con la CNS servono un lettore di smart card collegato al computer, la carta inserita nel lettore (oppure la chiavetta USB della CNS) e il software della carta installato. Il browser chiede poi di scegliere il certificato e di digitare il PIN della carta.',
    'Nell’ambiente di prova si può importare nel browser uno dei certificati di prova (file .p12), elencati con la loro password da “npm run sandbox”.',
  ],
} as const;

/** gg/mm/aaaa of an OpenSSL date such as "Oct 31 02:32:13 2026 GMT". */
export function italianDate(openSslDate: string): string {
  const date = new Date(openSslDate);
  if (Number.isNaN(date.getTime())) return openSslDate.slice(0, 40);
  return new Intl.DateTimeFormat('it-IT', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Rome',
  }).format(date);
}
