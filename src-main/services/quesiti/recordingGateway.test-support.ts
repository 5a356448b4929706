import type { CassettoGateway } from '../cassettoApi/cassettoGateway';

/** A gateway for quesiti tests: lists nothing, accepts every quesito and keeps the bodies sent. */
export function recordingGateway(): { gateway: CassettoGateway; posted: Array<{ allegatiZip: string }> } {
  const posted: Array<{ allegatiZip: string }> = [];
  const gateway = {
    get: () => Promise.resolve([]),
    send: (request: { body: { allegatiZip: string } }) => {
      posted.push(request.body);
      return Promise.resolve({ protocollo: 'P' });
    },
  } as unknown as CassettoGateway;
  return { gateway, posted };
}
