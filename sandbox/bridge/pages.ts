/** The test identity provider's pages: plain server-rendered HTML, in Italian, without scripts. */
import type { Persona } from '../seed/personae';
import type { SpidLevel } from '../../shared/domain/spid';
import { SPID_LEVELS } from '../../shared/domain/spid';
import type { LoginMethod } from './accountId';
import { escapeHtml, layout } from './html';

export interface LoginFormState {
  persona?: string;
  level?: SpidLevel;
  error?: string;
}

function interactionPath(uid: string, suffix = ''): string {
  return `/interaction/${encodeURIComponent(uid)}${suffix}`;
}

/** The CNS button leads to the HTTPS endpoint that asks the browser for the card's certificate. */
function cnsChoice(uid: string, cnsOrigin: string | undefined): string {
  if (!cnsOrigin) return '';
  return `\n<form method="get" action="${escapeHtml(cnsOrigin)}${interactionPath(uid, '/cns')}"><button type="submit">Entra con CNS</button></form>`;
}

export function landingPage(uid: string, clientName: string, cnsOrigin?: string): string {
  return layout(
    'Accedi ai servizi',
    `<h1>Accedi ai servizi</h1>
<p>${escapeHtml(clientName)} chiede di verificare la tua identità. Scegli come entrare.</p>
<div class="actions">
<form method="get" action="${interactionPath(uid, '/spid')}"><button type="submit">Entra con SPID</button></form>
<form method="get" action="${interactionPath(uid, '/cie')}"><button type="submit">Entra con CIE</button></form>${cnsChoice(uid, cnsOrigin)}
</div>`,
  );
}

function personaSelect(
  personae: readonly Persona[],
  selected: string | undefined,
  describedBy: string | undefined,
): string {
  const options = personae
    .map((persona) => {
      const label = `${persona.nome} ${persona.cognome} – ${persona.descrizione} (${persona.codiceFiscale})`;
      const isSelected = persona.key === selected ? ' selected' : '';
      return `<option value="${escapeHtml(persona.key)}"${isSelected}>${escapeHtml(label)}</option>`;
    })
    .join('\n');
  const aria = describedBy ? ` aria-describedby="${describedBy}" aria-invalid="true"` : '';
  return `<label for="persona">Identità di prova</label>
<select id="persona" name="persona" required${aria}>
${options}
</select>`;
}

function levelRadios(selected: SpidLevel): string {
  const radios = SPID_LEVELS.map((level) => {
    const checked = level === selected ? ' checked' : '';
    return `<input type="radio" id="livello-${level}" name="livello" value="${level}"${checked}> <label for="livello-${level}">SPID livello ${level}</label>`;
  }).join('<br>\n');
  return `<fieldset>
<legend>Livello di sicurezza</legend>
${radios}
<p class="hint" id="livello-aiuto">I servizi INPS richiedono almeno il livello 2.</p>
</fieldset>`;
}

function cancelForm(uid: string): string {
  return `<form method="post" action="${interactionPath(uid, '/abort')}"><button type="submit" class="secondary">Annulla</button></form>`;
}

export function loginPage(
  uid: string,
  method: LoginMethod,
  personae: readonly Persona[],
  state: LoginFormState = {},
): string {
  const title = method === 'spid' ? 'Entra con SPID' : 'Entra con CIE';
  const intro =
    method === 'spid'
      ? 'Identity provider SPID di prova: scegli l’identità e il livello di sicurezza.'
      : 'Carta d’Identità Elettronica di prova: l’accesso con CIE vale come livello 3.';
  const alert = state.error
    ? `<div class="alert" role="alert" id="errore">${escapeHtml(state.error)}</div>`
    : '';
  const levels = method === 'spid' ? levelRadios(state.level ?? 2) : '';
  return layout(
    title,
    `<h1>${title}</h1>
<p>${intro}</p>
${alert}
<form method="post" action="${interactionPath(uid, `/${method}`)}">
${personaSelect(personae, state.persona, state.error ? 'errore' : undefined)}
${levels}
<div class="actions"><button type="submit">Accedi</button></div>
</form>
${cancelForm(uid)}`,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

/** `form` is oidc-provider's hidden form (with its anti-forgery token); the buttons submit it. */
export function logoutPage(form: string, clientName: string | undefined): string {
  const who = clientName ? ` da ${escapeHtml(clientName)}` : '';
  return layout(
    'Esci',
    `<h1>Vuoi uscire${who}?</h1>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sì, esci</button>
<button type="submit" form="op.logoutForm" class="secondary">No, resta collegato</button>
</div>`,
  );
}
