/**
 * The OpenAPI document of the Cassetto API, made from the API table: sandbox/openapi.yaml is
 * this, written by scripts/generateOpenApi.ts, and sandbox/api/openapi.test.ts fails when the
 * file and the table differ.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from '../domain/cassettoApi';
import type { AnyEndpoint } from './endpoint';
import { allEndpoints } from './endpoints';

type Json = Record<string, unknown>;

const DESCRIPTION = `The Cassetto API as simulated by the sandbox of Cassetto Enti. INPS publishes no such API:
this is the shape the app and the sandbox agree on, modelled on the services of the
Cassetto previdenziale described in circ. INPS 34/2023. Generated from shared/inpsApi/endpoints.ts
by scripts/generateOpenApi.ts: edit the table, not this file.

Every \`/v1\` call needs a bearer JWT access token issued by the SPID/CIE bridge for this API
(\`aud\` = the API base URL, \`typ\` = \`at+jwt\`), carrying the claims
\`https://attributes.eid.gov.it/fiscal_number\` (\`TINIT-<codice fiscale>\`), \`acr\` and
\`grant_id\`. Tokens of a revoked grant are refused. Access needs SPID level 2 or 3, or CIE
(circ. 34/2023 §2).

Authorization is by delega: a posizione contributiva is visible only if it is in the
caller's Ricerca. An unknown posizione and a forbidden one both answer 403, so that the
existence of a posizione is not disclosed. Messages are in Italian, for the user.

Request bodies are limited per route: 64 kB for JSON calls, 7 MB for \`tracciati\`, 16 MB for
\`quesiti\` (attachments in base64) and \`dma\`. A larger body, or a larger declared
Content-Length, answers 413 \`RICHIESTA_NON_VALIDA\` before it is read. A body or a path
parameter that does not match its schema answers 400 \`RICHIESTA_NON_VALIDA\`, the message
starting with the field's path.
`;

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** Paths of the sandbox that are not the app's API: liveness and the operator's pages. */
const SANDBOX_PATHS: Json = {
  '/health': {
    get: {
      summary: 'Liveness, without authentication',
      security: [],
      responses: {
        '200': {
          description: 'The API is up.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['stato'],
                properties: { stato: { type: 'string', const: 'ok' } },
              },
            },
          },
        },
      },
    },
  },
  '/sandbox/mailbox': {
    get: {
      summary: "Sandbox only – what the sandbox's SMTP server received",
      description:
        'An operator page, as /backoffice: the operator key in header `X-Operatore-Key` (or query ' +
        "`chiave`), and the API's own Host (127.0.0.1:PORT or localhost:PORT).",
      security: [],
      parameters: [
        { name: 'to', in: 'query', schema: { type: 'string' } },
        { name: 'subject', in: 'query', description: 'part of the subject', schema: { type: 'string' } },
      ],
      responses: {
        '200': { description: 'Messages, newest first: id, from, to, subject, text, receivedAt.' },
        '401': { description: 'Operator key missing or wrong.' },
        '421': { description: "Host other than the API's own (DNS rebinding)." },
      },
    },
  },
  '/backoffice': {
    get: {
      summary: "The INPS operator's page (query `chiave` = operator key printed at start)",
      description:
        'JSON API with header `X-Operatore-Key`: GET /backoffice/quesiti, GET /backoffice/quesiti/{id}, ' +
        'GET /backoffice/quesiti/{id}/notifiche, POST /backoffice/quesiti/{id}/azioni with ' +
        '`{ azione: presa-in-carico | commento | chiusura, commento, esito? }`.',
      security: [],
      responses: { '200': { description: 'The page.' } },
    },
  },
};

const COMPONENTS: Json = {
  securitySchemes: {
    bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (at+jwt) issued by the SPID/CIE bridge' },
  },
  responses: {
    Unauthorized: {
      description:
        'No usable token. Codes: `TOKEN_MANCANTE`, `TOKEN_NON_VALIDO`, `TOKEN_SCADUTO`, ' +
        '`TOKEN_REVOCATO` (the grant was revoked: logout). A `WWW-Authenticate: Bearer` header comes with it.',
      headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
      content: errorContent,
    },
    Forbidden: {
      description:
        'Authenticated but not allowed. Codes: `LIVELLO_INSUFFICIENTE` (SPID level 1 or no `acr`), ' +
        '`POSIZIONE_NON_AUTORIZZATA` (no delega or role for the posizione, or no such posizione).',
      content: errorContent,
    },
  },
  schemas: {
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string', enum: [...API_ERROR_CODES] },
            message: { type: 'string', description: 'Italian, for the user.' },
          },
        },
      },
    },
  },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  // Refinements and transforms have no JSON Schema: they are left out, the shape stays.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function operation(target: AnyEndpoint): Json {
  const shape = target.params.shape as Record<string, z.ZodType>;
  const responses: Json = {};
  for (const [status, description] of Object.entries(target.success)) {
    responses[status] = {
      description,
      content: { 'application/json': { schema: jsonSchema(target.response, 'output') } },
    };
  }
  responses['401'] = { $ref: '#/components/responses/Unauthorized' };
  responses['403'] = { $ref: '#/components/responses/Forbidden' };
  for (const [status, description] of Object.entries(target.errors ?? {})) {
    responses[status] = { description, content: errorContent };
  }
  return {
    operationId: target.name,
    summary: target.summary,
    ...(target.description ? { description: target.description } : {}),
    ...(Object.keys(shape).length > 0
      ? {
          parameters: Object.entries(shape).map(([name, schema]) => ({
            name,
            in: 'path',
            required: true,
            schema: jsonSchema(schema, 'input'),
          })),
        }
      : {}),
    ...(target.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(target.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The document, as plain JSON data. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = { ...(SANDBOX_PATHS as Record<string, Json>) };
  for (const target of allEndpoints) {
    paths[target.path] = { ...paths[target.path], [target.method.toLowerCase()]: operation(target) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cassetto previdenziale – Gestione Dipendenti Pubblici (sandbox)',
      version: '0.2.0',
      description: DESCRIPTION,
    },
    servers: [
      {
        url: 'http://127.0.0.1:{port}',
        variables: { port: { default: '0', description: 'Chosen at start (random unless configured).' } },
      },
    ],
    security: [{ bearer: [] }],
    paths,
    components: COMPONENTS,
  };
}
