/**
 * The JSON body of an API request, read once however many routes ask, up to the limit of its
 * route: most calls are small JSON (a delega request is a few kB), so they get a small limit and
 * only the routes that carry files in base64 (tracciati, quesito attachments, ListaPosPA) a
 * larger one. A declared Content-Length over the limit is refused before a byte is read, so an
 * oversized body costs the sandbox nothing. An empty body is undefined.
 */
import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, readBody } from '../http/body';
import { ApiError } from './errors';

/** The limit of a route that does not say otherwise. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Per-route limits of the routes that carry files. */
export const BODY_LIMITS = {
  /** A tracciato: up to 7,000,000 base64 characters (tracciatoInputSchema) and its name. */
  tracciato: 7_200_000,
  /** A contestazione with up to three attachments of 4,200,000 base64 characters each. */
  contestazione: 13 * 1024 * 1024,
  /** A quesito with its ZIP of attachments, base64. */
  quesito: 16 * 1024 * 1024,
  /** A ListaPosPA XML file as a JSON string. */
  dma: 16 * 1024 * 1024,
} as const;

function tooLarge(limit: number): ApiError {
  const size =
    limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} kB`;
  return new ApiError(
    413,
    'RICHIESTA_NON_VALIDA',
    `La richiesta supera la dimensione massima ammessa (${size}).`,
  );
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  let text: string;
  try {
    text = await readBody(req, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(limit);
    throw error;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'RICHIESTA_NON_VALIDA', 'Il corpo della richiesta non è JSON valido.');
  }
}

export function jsonReader(req: IncomingMessage, limit = MAX_JSON_BODY_BYTES): () => Promise<unknown> {
  let read: Promise<unknown> | undefined;
  return () => (read ??= readJsonBody(req, limit));
}
