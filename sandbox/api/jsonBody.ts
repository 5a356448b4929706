/** JSON bodies of the API's POSTs: tracciati and attachments travel base64, so the limit is larger than a form's. */
import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBody } from '../http/body';
import { ApiError } from './errors';

export const MAX_JSON_BODY_BYTES = 16 * 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  let text: string;
  try {
    text = await readBody(req, MAX_JSON_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      throw new ApiError(
        413,
        'RICHIESTA_NON_VALIDA',
        'Il file inviato supera la dimensione massima di 16 MB.',
      );
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'RICHIESTA_NON_VALIDA', 'Il corpo della richiesta non è JSON valido.');
  }
}
