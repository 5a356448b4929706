import {
  ContractError,
  type FileOutcome,
  type FilePickKind,
  type PickOutcome,
} from '../../../shared/contract';

/** The kinds of file the app makes; each has its filters and its remembered folder. */
export type FileKind = 'pdf' | 'csv' | 'xlsx' | 'xml' | 'zip' | 'ics';

/** A file main made, ready for the host to deliver. */
export interface FileToDeliver {
  fileName: string;
  mimeType: string;
  kind: FileKind;
  bytes: Uint8Array;
}

/**
 * How files reach the user, implemented by each host: the Electron host with the system's Save
 * and Open dialogs and viewer, the web host with one-time download addresses and the page's
 * file input. The services make the bytes; only the host knows where they go.
 */
export interface FileDelivery {
  save(file: FileToDeliver): Promise<FileOutcome>;
  /** A PDF shown by the system viewer (or a new tab), ready to print. */
  print(file: FileToDeliver): Promise<FileOutcome>;
  /** Opens a file saved earlier, or shows it in its folder. */
  reveal(savedId: string, action: 'open' | 'folder'): Promise<void>;
  pick(kind: FilePickKind): Promise<PickOutcome>;
}

const kindsByExtension: Record<string, FileKind> = {
  pdf: 'pdf',
  csv: 'csv',
  xlsx: 'xlsx',
  xml: 'xml',
  zip: 'zip',
  ics: 'ics',
};

/** The kind of a file from its name; main names every file it makes, so this is enough. */
export function kindOf(fileName: string): FileKind {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return kindsByExtension[extension] ?? 'pdf';
}

/** Filters of the Save dialog, in Italian, per kind. */
export const fileFilters: Record<FileKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'Documento PDF', extensions: ['pdf'] },
  csv: { name: 'File CSV', extensions: ['csv'] },
  xlsx: { name: 'Cartella di lavoro Excel', extensions: ['xlsx'] },
  xml: { name: 'File XML', extensions: ['xml'] },
  zip: { name: 'Archivio ZIP', extensions: ['zip'] },
  ics: { name: 'Calendario iCalendar', extensions: ['ics'] },
};

/** The largest file a picker reads: the biggest import (a ListaPosPA) the contract takes. */
export const MAX_PICKED_BYTES = 100 * 1024 * 1024;

/** A host with no delivery (tools, some tests): every file call says so plainly. */
export const noFileDelivery: FileDelivery = {
  save: () => Promise.reject(unavailable()),
  print: () => Promise.reject(unavailable()),
  reveal: () => Promise.reject(unavailable()),
  pick: () => Promise.reject(unavailable()),
};

function unavailable(): Error {
  return new ContractError('UNAVAILABLE', 'Questo ambiente non consegna file.');
}
