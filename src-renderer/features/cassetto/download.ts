import type { ExportedFile } from '../../../shared/contract';
import { downloadBase64 } from '../../files/fileTransfer';

export { fileToBase64 } from '../../files/fileTransfer';

/** Saves a file made on the main side (an export, the fascicolo). */
export function saveFile(file: ExportedFile): void {
  downloadBase64(file.fileName, file.base64, file.mimeType);
}
