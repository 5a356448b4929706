/**
 * A gateway for unit tests, built from the API table: a handler, keyed by endpoint name, gets
 * that endpoint's typed parameters and body and must return what the API would send, which is
 * then checked by the endpoint's schema as the real gateway does. A call no handler answers fails
 * with the endpoint's name, so a test cannot drift from the API unnoticed.
 */
import type {
  AnyEndpoint,
  BodyOf,
  ParamsOf,
  ResponseOf,
  WireResponseOf,
} from '../../../shared/inpsApi/endpoint';
import { buildPath } from '../../../shared/inpsApi/endpoint';
import type { EndpointName, Endpoints } from '../../../shared/inpsApi/endpoints';
import type { CallOptions } from './cassettoApiClient';
import type { CassettoGateway } from './cassettoGateway';

type Awaitable<T> = T | Promise<T>;

export type FakeHandlers = {
  [N in EndpointName]?: (
    params: ParamsOf<Endpoints[N]>,
    body: BodyOf<Endpoints[N]>,
    options: CallOptions,
  ) => Awaitable<WireResponseOf<Endpoints[N]>>;
};

export interface RecordedCall {
  name: EndpointName;
  path: string;
  body: unknown;
  options: CallOptions;
}

export type FakeGateway = CassettoGateway & {
  /** Every call made, in order (answered or not). */
  readonly calls: RecordedCall[];
};

export function fakeGateway(handlers: FakeHandlers): FakeGateway {
  const calls: RecordedCall[] = [];
  return {
    calls,
    async call<E extends AnyEndpoint>(
      target: E,
      params: ParamsOf<E>,
      ...[body, options = {}]: [unknown?, CallOptions?]
    ): Promise<ResponseOf<E>> {
      const name = target.name as EndpointName;
      calls.push({ name, path: buildPath(target, params), body, options });
      const handler = handlers[name] as
        ((params: unknown, body: unknown, options: CallOptions) => Awaitable<unknown>) | undefined;
      if (!handler) throw new Error(`fakeGateway: nessun gestore per l’endpoint «${name}».`);
      return target.response.parse(await handler(params, body, options)) as ResponseOf<E>;
    },
  };
}
