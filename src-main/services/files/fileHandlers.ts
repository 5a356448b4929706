import type { HandlersFor } from '../../../shared/contract';
import type { fileCalls } from '../../../shared/contract/calls/fileCalls';
import type { FileDelivery } from './fileDelivery';
import { createFileService, type InnerCall } from './fileService';

export type { InnerCall } from './fileService';

/** The file calls: main makes the bytes with the source call, the host delivers them. */
export function fileHandlers(
  delivery: FileDelivery,
  inner: InnerCall,
  dataDir: string,
): HandlersFor<typeof fileCalls, Record<string, never>> {
  const files = createFileService(delivery, inner, dataDir);
  return {
    'files.save': (input, _context, signal) => files.save(input.source, signal),
    'files.print': (input, _context, signal) => files.print(input.source, signal),
    'files.reveal': (input) => files.reveal(input.savedId, input.action),
    'files.pick': (input) => files.pick(input.kind),
    'files.keepForSettings': (input) => files.keepForSettings(input.field, input.base64),
  };
}
