/**
 * What the user may pick, per kind of file: the desktop app's Open dialog filters by it and the
 * browser's `<input type=file>` accepts by it, so both offer the same files.
 */
import { ALLOWED_EXTENSIONS } from '../domain/quesiti/attachments';

export interface PickFilter {
  /** The filter's name in the Open dialog, in Italian. */
  name: string;
  extensions: readonly string[];
}

export const PICK_FILTERS = {
  'pdf-o-immagine': { name: 'PDF o immagine', extensions: ['pdf', 'png', 'jpg', 'jpeg'] },
  xml: { name: 'File XML', extensions: ['xml'] },
  tracciato: { name: 'Tracciato', extensions: ['xml', 'txt', 'csv', 'zip'] },
  // The same list the quesito's attachment rules accept.
  allegato: { name: 'Documento', extensions: ALLOWED_EXTENSIONS },
  certificato: { name: 'Certificato', extensions: ['pem', 'crt', 'cer'] },
  xsd: { name: 'Schema XSD', extensions: ['xsd'] },
  paghe: { name: 'File delle paghe (CSV o Excel)', extensions: ['csv', 'txt', 'xlsx'] },
} as const satisfies Record<string, PickFilter>;

export type FilePickKind = keyof typeof PICK_FILTERS;
export const FILE_PICK_KINDS = Object.keys(PICK_FILTERS) as [FilePickKind, ...FilePickKind[]];

/** The `accept` attribute of a file input for that kind: its extensions, e.g. ".csv,.txt". */
export function acceptOf(kind: FilePickKind): string {
  return PICK_FILTERS[kind].extensions.map((extension) => `.${extension}`).join(',');
}
