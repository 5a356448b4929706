import { DENUNCIA, ROOT_ELEMENT } from './tracciato';
import type { ElementDesc } from './tracciatoKit';

/**
 * The Italian label of each element name of the tracciato, from its description: what the XSD
 * messages call a field (xsdMessages.ts). A name used in several places has one label.
 */
function collect(desc: ElementDesc, into: Record<string, string>, seen: Set<ElementDesc>): void {
  if (seen.has(desc)) return;
  seen.add(desc);
  for (const field of Object.values(desc.fields)) {
    if (field.kind === 'child') {
      into[field.xml] ??= field.element.label;
      collect(field.element, into, seen);
    } else if (field.kind === 'leaf') {
      if (field.suffixedBy)
        for (const suffix of field.suffixedBy) into[field.xml + suffix] ??= `${field.label} ${suffix}`;
      else into[field.xml] ??= field.label;
    }
  }
}

export function tracciatoLabels(): Record<string, string> {
  const labels: Record<string, string> = {
    [ROOT_ELEMENT]: DENUNCIA.label,
    // The one element the model does not have (E1's fields are flattened out of it).
    DatiPosContribIscritto: 'Posizione contributiva iscritto',
  };
  collect(DENUNCIA, labels, new Set());
  return labels;
}
