/**
 * Reads the forms of the bridge's own pages, enough to submit them as a browser would. Not a
 * general HTML parser: the pages are ours and simple.
 */
import { HTML_ENTITIES } from '../../shared/text/escapeHtml';

export interface ParsedForm {
  id: string | undefined;
  method: 'GET' | 'POST';
  action: string;
  buttons: string[];
  hidden: Record<string, string>;
  selectOptions: Record<string, Array<{ value: string; label: string }>>;
  radios: Record<string, string[]>;
}

/** What escapeHtml wrote, read back: '&amp;' last, so "&amp;lt;" stays "&lt;". */
function decodeEntities(text: string): string {
  return HTML_ENTITIES.reduceRight((decoded, [char, entity]) => decoded.replaceAll(entity, char), text);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decodeEntities(match[1] as string) : undefined;
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = match[1] ?? '';
    const body = match[2] ?? '';
    const form: ParsedForm = {
      id: attribute(tag, 'id'),
      method: (attribute(tag, 'method') ?? 'GET').toUpperCase() === 'POST' ? 'POST' : 'GET',
      action: attribute(tag, 'action') ?? '',
      buttons: [...body.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/gi)].map((button) =>
        textOf(button[1] ?? ''),
      ),
      hidden: {},
      selectOptions: {},
      radios: {},
    };
    for (const input of body.matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input[0], 'name');
      const type = (attribute(input[0], 'type') ?? 'text').toLowerCase();
      const value = attribute(input[0], 'value') ?? '';
      if (!name) continue;
      if (type === 'hidden') form.hidden[name] = value;
      if (type === 'radio') (form.radios[name] ??= []).push(value);
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const name = attribute(select[1] ?? '', 'name');
      if (!name) continue;
      form.selectOptions[name] = [
        ...(select[2] ?? '').matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi),
      ].map((option) => ({
        value: attribute(option[1] ?? '', 'value') ?? '',
        label: textOf(option[2] ?? ''),
      }));
    }
    forms.push(form);
  }
  // Buttons outside a form that submit it through their `form` attribute (the logout page).
  for (const button of html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)) {
    const owner = attribute(button[1] ?? '', 'form');
    const form = owner === undefined ? undefined : forms.find((candidate) => candidate.id === owner);
    if (form) form.buttons.push(textOf(button[2] ?? ''));
  }
  return forms;
}

export function formWithButton(html: string, label: string): ParsedForm {
  const form = parseForms(html).find((candidate) => candidate.buttons.includes(label));
  if (!form) throw new Error(`Nessun modulo con il pulsante "${label}" nella pagina`);
  return form;
}

/** The text of the page's alert, if any (how the bridge reports a refused choice). */
export function alertText(html: string): string | undefined {
  const match = /<div[^>]*role="alert"[^>]*>([\s\S]*?)<\/div>/i.exec(html);
  return match ? textOf(match[1] ?? '') : undefined;
}
