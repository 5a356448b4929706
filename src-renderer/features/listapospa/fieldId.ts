/** DOM id of the input of a model path: the errors panel jumps to it. */
export const fieldId = (path: string): string => `lp-${path.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;

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
