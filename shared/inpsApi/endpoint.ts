/**
 * What one endpoint of the Cassetto API is: method, path template, and the schemas of its path
 * parameters, body and answer. The app's gateway, the sandbox's router, the test kit and the
 * OpenAPI document are all built from these, so they cannot disagree (docs/inps-api.md).
 */
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface Endpoint<
  Name extends string = string,
  Params extends z.ZodObject = z.ZodObject,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
> {
  readonly name: Name;
  readonly method: HttpMethod;
  /** `{name}` marks a path parameter, e.g. `/v1/posizioni/{posizioneId}/quesiti/{quesitoId}`. */
  readonly path: string;
  readonly params: Params;
  readonly body: Body;
  readonly response: Response;
  /** The statuses of a success, each with what it means (OpenAPI). */
  readonly success: Readonly<Record<number, string>>;
  /** Refusals specific to this endpoint, beyond 401/403 that every /v1 call may get (OpenAPI). */
  readonly errors?: Readonly<Record<number, string>>;
  readonly summary: string;
  readonly description?: string;
}

/** Any endpoint of the table: what generic code (gateway, router, fakes) works with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<string, z.ZodObject<any>, z.ZodType | undefined, z.ZodType>;

export type ParamsOf<E extends AnyEndpoint> = z.input<E['params']>;
/** The body as the sender writes it; undefined for an endpoint that takes none. */
export type BodyOf<E extends AnyEndpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : undefined;
/** The body as the receiver has it once parsed. */
export type ParsedBodyOf<E extends AnyEndpoint> = E['body'] extends z.ZodType
  ? z.output<E['body']>
  : undefined;
/** What the app has once the answer passed the schema. */
export type ResponseOf<E extends AnyEndpoint> = z.output<E['response']>;
/** What the server must send for the answer to pass the schema. */
export type WireResponseOf<E extends AnyEndpoint> = z.input<E['response']>;

export const noParams = z.object({});

/** A path parameter: any non-empty text of bounded length (encoded by `buildPath`). */
export const pathParam = z.string().min(1).max(200);

export function endpoint<
  const Name extends string,
  Params extends z.ZodObject,
  Response extends z.ZodType,
  Body extends z.ZodType | undefined = undefined,
>(
  name: Name,
  definition: Omit<Endpoint<Name, Params, Body, Response>, 'name' | 'body' | 'success'> & {
    body?: Body;
    success?: Readonly<Record<number, string>>;
  },
): Endpoint<Name, Params, Body, Response> {
  return {
    ...definition,
    name,
    body: definition.body as Body,
    success: definition.success ?? { 200: 'OK.' },
  };
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The names of a template's path parameters, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** The one place a path parameter is encoded: each value is one path segment, whatever it holds. */
export function buildPath<E extends AnyEndpoint>(target: E, params: ParamsOf<E>): string {
  const values = params as Readonly<Record<string, unknown>>;
  return target.path.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(`${target.name}: manca il parametro di percorso «${name}».`);
    }
    return encodeURIComponent(value);
  });
}
