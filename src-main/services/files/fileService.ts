import { ContractError, type CallResult, type FileOutcome, type FileSource } from '../../../shared/contract';
import { keepSettingsFile } from '../settings/settingsFiles';
import { kindOf, type FileDelivery, type FileToDeliver } from './fileDelivery';

/** Runs a call of the contract inside main, validated like any other. */
export type InnerCall = (name: string, input: unknown, signal?: AbortSignal) => Promise<CallResult<unknown>>;

type Made = { file: FileToDeliver; rows?: number } | { refused: number };

const fromBase64 = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

function deliverable(fileName: string, mimeType: string, bytes: Uint8Array): Made {
  return { file: { fileName, mimeType, kind: kindOf(fileName), bytes } };
}

/** Each source call's answer, as the bytes of one file. */
function fileOf(call: FileSource['call'], value: unknown): Made {
  switch (call) {
    case 'deleghe.pdf': {
      const pdf = value as { fileName: string; base64: string };
      return deliverable(pdf.fileName, 'application/pdf', fromBase64(pdf.base64));
    }
    case 'quesiti.allegati': {
      const zip = value as { nomeFile: string; contenutoBase64: string };
      return deliverable(zip.nomeFile, 'application/zip', fromBase64(zip.contenutoBase64));
    }
    case 'listapospa.export': {
      const exported = value as
        | { ok: true; fileName: string; xml: string }
        | { ok: false; report: { findings: Array<{ severity: string }> } };
      if (!exported.ok) {
        return { refused: exported.report.findings.filter((f) => f.severity === 'bloccante').length };
      }
      return deliverable(exported.fileName, 'application/xml', new TextEncoder().encode(exported.xml));
    }
    default: {
      const file = value as { fileName: string; mimeType: string; base64: string; rows: number };
      return { ...deliverable(file.fileName, file.mimeType, fromBase64(file.base64)), rows: file.rows };
    }
  }
}

/** The file calls' work: main makes the bytes with the source call, the host delivers them. */
export function createFileService(delivery: FileDelivery, inner: InnerCall, dataDir: string) {
  // The file call's signal goes to the source call: cancelling a save stops the export's work.
  const make = async (source: FileSource, signal?: AbortSignal): Promise<Made> => {
    const result = await inner(source.call, source.input, signal);
    if (!result.ok) throw new ContractError(result.error.code, result.error.message, result.error.issues);
    return fileOf(source.call, result.value);
  };
  const deliver = async (source: FileSource, how: 'save' | 'print', signal?: AbortSignal) => {
    const made = await make(source, signal);
    // Cancelled while the bytes were made: nothing is offered, saved or opened.
    signal?.throwIfAborted();
    return deliverMade(made, how);
  };
  const deliverMade = async (made: Made, how: 'save' | 'print'): Promise<FileOutcome> => {
    if ('refused' in made) return { outcome: 'refused', blocking: made.refused };
    if (how === 'print') return delivery.print(made.file);
    const outcome = await delivery.save(made.file);
    // An export says how many rows it holds, for the notice on screen.
    return (outcome.outcome === 'saved' || outcome.outcome === 'download') && made.rows !== undefined
      ? { ...outcome, rows: made.rows }
      : outcome;
  };
  return {
    save: (source: FileSource, signal?: AbortSignal) => deliver(source, 'save', signal),
    print: (source: FileSource, signal?: AbortSignal) => deliver(source, 'print', signal),
    async reveal(savedId: string, action: Parameters<FileDelivery['reveal']>[1]) {
      await delivery.reveal(savedId, action);
      return {};
    },
    pick: (kind: Parameters<FileDelivery['pick']>[0]) => delivery.pick(kind),
    keepForSettings: async (field: Parameters<typeof keepSettingsFile>[1], base64: string) => ({
      path: await keepSettingsFile(dataDir, field, base64),
    }),
  };
}
