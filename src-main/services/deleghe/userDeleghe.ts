import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import type { UserScope } from '../userScope';
import { createDelegheService } from './delegheService';
import { adoptLegacyRequests } from './legacyRequests';
import { listSavedRequests } from './savedRequests';

/**
 * The signed-in user's deleghe: the service on their folder, and their saved requests and
 * archive read only once the copies of the previous version that are provably theirs moved in.
 */
export function userDeleghe(cassetto: CassettoGateway, dataDir: string, userScope: UserScope) {
  // Saved requests and scans are the signed-in user's, in their folder (userScope.ts).
  const deleghe = userScope.perUser('deleghe', (user) => createDelegheService(cassetto, user.dir));
  // Once per user and run.
  const legacy = userScope.perUser('deleghe.legacy', (user) => ({
    adopted: adoptLegacyRequests(dataDir, user).catch(() => undefined),
  }));
  return {
    deleghe,
    async saved() {
      await legacy.adopted;
      return listSavedRequests(userScope.current().dir);
    },
    async list() {
      await legacy.adopted;
      return deleghe.list();
    },
  };
}
