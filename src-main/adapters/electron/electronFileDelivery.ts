import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { ContractError, PICK_FILTERS, type FilePickKind } from '../../../shared/contract';
import {
  fileFilters,
  MAX_PICKED_BYTES,
  type FileDelivery,
  type FileKind,
} from '../../services/files/fileDelivery';
import { writeFileAtomic } from '../node/atomicWrite';

/** Where the Save dialog opened last, per kind of file (electron-store in the app). */
export interface FolderMemory {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface ElectronFileDeliveryOptions {
  /** The app window the dialogs belong to (modal to it); none while it is being made. */
  window: () => BrowserWindow | null;
  folders: FolderMemory;
}

const allFiles = { name: 'Tutti i file', extensions: ['*'] };

/**
 * The desktop app's delivery: the system's Save dialog on the app window, with an Italian name
 * and filters and the last folder of that kind of file; an atomic write; the system's PDF viewer
 * to print; the system's Open dialog to pick. Cancel writes nothing and is not an error.
 */
export function createElectronFileDelivery({ window, folders }: ElectronFileDeliveryOptions): FileDelivery {
  const saved = new Map<string, string>();
  const printFolder = join(app.getPath('temp'), 'cassetto-enti-stampa');
  // PDFs printed in an earlier session: the viewer has long read them. (A file still open on
  // Windows cannot go; it goes next time.)
  const cleared = rm(printFolder, { recursive: true, force: true }).catch(() => undefined);
  // The Save dialog remembers a folder per kind of file made, the Open dialog per kind picked:
  // the monthly ListaPosPA is read from, and the signed deleghe saved to, the same place each time.
  const folderAt = (key: string) => {
    const remembered = folders.get(key);
    return typeof remembered === 'string' ? remembered : app.getPath('documents');
  };
  const saveKey = (kind: FileKind) => `cartelle.${kind}`;
  const pickKey = (kind: FilePickKind) => `cartelle.scelta.${kind}`;
  const withWindow = <O, R>(
    ask: (win: BrowserWindow, options: O) => R,
    askAlone: (options: O) => R,
    options: O,
  ) => {
    const win = window();
    return win ? ask(win, options) : askAlone(options);
  };

  return {
    async save(file) {
      const { canceled, filePath } = await withWindow(
        (win, options: Electron.SaveDialogOptions) => dialog.showSaveDialog(win, options),
        (options) => dialog.showSaveDialog(options),
        {
          title: 'Salva file',
          buttonLabel: 'Salva',
          defaultPath: join(folderAt(saveKey(file.kind)), file.fileName),
          filters: [fileFilters[file.kind], allFiles],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
      );
      if (canceled || !filePath) return { outcome: 'cancelled' };
      // Documents the user keeps: readable as any file they save themselves.
      await writeFileAtomic(filePath, file.bytes, 0o644);
      folders.set(saveKey(file.kind), dirname(filePath));
      const savedId = randomBytes(16).toString('base64url');
      saved.set(savedId, filePath);
      return { outcome: 'saved', fileName: basename(filePath), savedId };
    },

    async print(file) {
      // Each print in its own folder, so the viewer shows the file's own Italian name.
      await cleared;
      const folder = join(printFolder, randomBytes(8).toString('hex'));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const path = join(folder, file.fileName);
      await writeFileAtomic(path, file.bytes);
      const failure = await shell.openPath(path);
      if (failure)
        throw new ContractError('UNAVAILABLE', `Impossibile aprire il PDF da stampare: ${failure}`);
      return { outcome: 'opened', fileName: file.fileName };
    },

    async reveal(savedId, action) {
      const path = saved.get(savedId);
      if (!path) throw new ContractError('NOT_FOUND', 'Nessun file salvato da aprire.');
      if (action === 'folder') return shell.showItemInFolder(path);
      const failure = await shell.openPath(path);
      if (failure) throw new ContractError('UNAVAILABLE', `Impossibile aprire il file: ${failure}`);
    },

    async pick(kind) {
      const { name, extensions } = PICK_FILTERS[kind];
      const { canceled, filePaths } = await withWindow(
        (win, options: Electron.OpenDialogOptions) => dialog.showOpenDialog(win, options),
        (options) => dialog.showOpenDialog(options),
        {
          title: 'Scegli un file',
          buttonLabel: 'Scegli',
          defaultPath: folderAt(pickKey(kind)),
          filters: [{ name, extensions: [...extensions] }, allFiles],
          properties: ['openFile'],
        },
      );
      const path = filePaths[0];
      if (canceled || !path) return { outcome: 'cancelled' };
      folders.set(pickKey(kind), dirname(path));
      const { size } = await stat(path);
      if (size > MAX_PICKED_BYTES) {
        throw new ContractError('INVALID_INPUT', `Il file ${basename(path)} supera i 100 MB.`);
      }
      const bytes = await readFile(path);
      return { outcome: 'picked', name: basename(path), size, base64: bytes.toString('base64'), path };
    },
  };
}
