import { fieldId } from '../../../shared/domain/listapospa/fieldId';

export { fieldId };

/** The field to focus for a finding: its own input, or the closest enclosing one on screen. */
export function focusFinding(path: string): boolean {
  let current = path;
  for (;;) {
    const element = document.getElementById(fieldId(current));
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
      return true;
    }
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return false;
    current = current.slice(0, cut);
  }
}
