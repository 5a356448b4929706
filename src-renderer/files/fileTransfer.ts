import { create } from 'zustand';
import { onScopeReset } from '../state/scopeReset';
import type { CallOptions, CallResult, ContractClient, FileOutcome, FileSource } from '../../shared/contract';
import { bytesToBase64 } from '../../shared/domain/base64';

/**
 * Files reach the user through the host (docs/architecture.md §4): the renderer names the call that makes a
 * file, main makes the bytes and the host delivers them, a Save dialog in the desktop app, a
 * one-time download address in the browser. No object URL, no download link is made here.
 */

interface SavedFile {
  fileName: string;
  savedId: string;
}

/** The last file the desktop app saved, for the notice with 'Apri' and 'Mostra nella cartella'. */
export const useSavedFileStore = create<{ saved: SavedFile | null; dismiss(): void }>((set) => ({
  saved: null,
  dismiss: () => set({ saved: null }),
}));

// Where the last user saved a file is theirs: the notice goes when the user does.
onScopeReset('user', () => useSavedFileStore.setState({ saved: null }));

/** What the page does with the host's answer: follow a one-time address, or show the notice. */
function follow(outcome: FileOutcome): void {
  if (outcome.outcome === 'download') window.location.assign(outcome.url);
  else if (outcome.outcome === 'open') window.open(outcome.url, '_blank', 'noopener');
  else if (outcome.outcome === 'saved') {
    useSavedFileStore.setState({ saved: { fileName: outcome.fileName, savedId: outcome.savedId } });
  }
}

/**
 * Saves the file a call makes: the answer says whether it was saved, cancelled or refused.
 * `signal` withdraws it while main is still making the bytes (CANCELLED, nothing offered).
 */
export async function saveFile(
  client: ContractClient,
  source: FileSource,
  options: CallOptions = {},
): Promise<CallResult<FileOutcome>> {
  const result = await client.call('files.save', { source }, options);
  if (result.ok) follow(result.value);
  return result;
}

/** Opens the PDF a call makes in the system viewer (or a new tab), ready to print. */
export async function printFile(
  client: ContractClient,
  source: Extract<
    FileSource,
    {
      call:
        | 'deleghe.pdf'
        | 'fascicolo.print'
        | 'tracciati.ricevutaPdf'
        | 'listapospa.ricevutaPdf'
        | 'listapospa.reviewPdf';
    }
  >,
): Promise<CallResult<FileOutcome>> {
  const result = await client.call('files.print', { source });
  if (result.ok) follow(result.value);
  return result;
}

/** A chosen File as base64, for calls that carry files; `onProgress` hears the bytes read so far. */
export async function fileToBase64(file: File, onProgress?: (loaded: number) => void): Promise<string> {
  if (!onProgress) return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let loaded = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes.set(next.value, loaded);
    loaded += next.value.length;
    onProgress(loaded);
  }
  return bytesToBase64(bytes.subarray(0, loaded));
}
