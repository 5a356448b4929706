import type { AuthService } from '../auth/authService';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import type { SettingsService } from '../settings/settingsService';
import type { UserScope } from '../userScope';
import { userDraftStore } from './draftStore';
import { listapospaDrafts } from './listapospaDrafts';
import { listapospaImport } from './listapospaImport';
import { listapospaSubmit } from './listapospaSubmit';
import { listapospaValidation } from './listapospaValidation';
import { createRateOverridesStore } from './rateOverridesStore';

export interface ListapospaDeps {
  settings: SettingsService;
  auth: Pick<AuthService, 'status'>;
  cassetto: CassettoGateway;
  userScope: UserScope;
}

/** ListaPosPA: the signed-in user's drafts, validation, export, submission and import. */
export function createListapospaService({ settings, auth, cassetto, userScope }: ListapospaDeps) {
  // The signed-in user's drafts and rates, never another's (userScope.ts).
  const store = userDraftStore(userScope);
  const rateOverrides = userScope.perUser('listapospa.aliquote', (user) =>
    createRateOverridesStore(user.dir),
  );
  const checks = listapospaValidation(store, rateOverrides, settings, userScope);
  return {
    drafts: listapospaDrafts(store, auth),
    checks,
    ...listapospaSubmit(store, cassetto, checks),
    ...listapospaImport(store, cassetto),
  };
}

export type ListapospaService = ReturnType<typeof createListapospaService>;
