/**
 * The JSON body of an API request, read once however many routes ask: tracciati and quesito
 * attachments travel base64, so the limit is larger than a form's. An empty body is undefined.
 */
import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBody } from '../http/body';
import { ApiError } from './errors';

export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  let text: string;
  try {
    text = await readBody(req, MAX_JSON_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      throw new ApiError(
        413,
        'RICHIESTA_NON_VALIDA',
        'La richiesta supera la dimensione massima ammessa (16 MB).',
      );
    throw error;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'RICHIESTA_NON_VALIDA', 'Il corpo della richiesta non è JSON valido.');
  }
}

export function jsonReader(req: IncomingMessage): () => Promise<unknown> {
  let read: Promise<unknown> | undefined;
  return () => (read ??= readJsonBody(req));
}
