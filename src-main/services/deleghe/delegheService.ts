/**
 * Deleghe from the intermediario's and the legale rappresentante's side: the PDF to sign (built
 * here, offline), the request and its OTP activation through the Cassetto API, the archive with
 * the scans kept locally, reminders before expiry, and the abilitazioni one grants.
 */
import type { ArchivedDelega } from '../../../shared/contract/calls/delegheCalls';
import {
  daysUntil,
  type Delega,
  type DelegaRequest,
  type SubAbilitazione,
} from '../../../shared/domain/delega';
import { oggiInItalia } from '../../../shared/domain/sezioni/contestazione';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { createAttachmentStore, saveRequestCopy, type Attachment } from './attachmentStore';
import { buildDelegaPdf } from './delegaPdf';

/** How long before the end of a delega the archive starts reminding. */
export const REMINDER_DAYS = 60;

export interface DelegheService {
  pdf(request: DelegaRequest): Promise<{ fileName: string; base64: string }>;
  list(): Promise<ArchivedDelega[]>;
  submit(request: DelegaRequest): Promise<ArchivedDelega>;
  activate(numero: string, otp: string): Promise<ArchivedDelega>;
  resendOtp(numero: string): Promise<ArchivedDelega>;
  revoke(numero: string): Promise<ArchivedDelega>;
  attach(numero: string, kind: Attachment['kind'], fileName: string, base64: string): Promise<Attachment[]>;
  listAbilitazioni(): Promise<SubAbilitazione[]>;
  grant(input: {
    codiceFiscale: string;
    posizioneId: string;
    ruolo: SubAbilitazione['ruolo'];
  }): Promise<SubAbilitazione>;
  revokeAbilitazione(id: number): Promise<{ revocata: number }>;
}

/** The PDF to sign of a request as the form holds it: no user data is read, so no folder is needed. */
export async function delegaPdfFile(request: DelegaRequest): Promise<{ fileName: string; base64: string }> {
  const bytes = await buildDelegaPdf(request);
  const name = request.numeroRichiesta ?? `bozza-${request.ente.codiceFiscale}-${request.ente.progressivo}`;
  return { fileName: `delega-${name}.pdf`, base64: Buffer.from(bytes).toString('base64') };
}

export function createDelegheService(
  gateway: CassettoGateway,
  dataDir: string,
  today: () => string = () => oggiInItalia(new Date()),
): DelegheService {
  const attachments = createAttachmentStore(dataDir);

  async function archived(delega: Delega): Promise<ArchivedDelega> {
    const days = daysUntil(delega.dataFine, today());
    return {
      ...delega,
      attachments: await attachments.list(delega.numeroRichiesta),
      scadenzaTraGiorni: delega.stato === 'attiva' && days >= 0 && days <= REMINDER_DAYS ? days : null,
    };
  }

  return {
    pdf: delegaPdfFile,
    async list() {
      const deleghe = await gateway.call(endpoints.delegheList, {});
      return Promise.all(deleghe.map(archived));
    },
    async submit(request) {
      const delega = await gateway.call(endpoints.delegaCreate, {}, request);
      await saveRequestCopy(dataDir, delega.numeroRichiesta, delega.request);
      return archived(delega);
    },
    async activate(numero, otp) {
      return archived(
        await gateway.call(endpoints.delegaActivate, { numero }, { otp, dichiarazioneFirma: true }),
      );
    },
    async resendOtp(numero) {
      return archived(await gateway.call(endpoints.delegaResendOtp, { numero }));
    },
    async revoke(numero) {
      return archived(await gateway.call(endpoints.delegaRevoke, { numero }));
    },
    async attach(numero, kind, fileName, base64) {
      // Only a delega the user's INPS archive lists: 404 (NOT_FOUND) for anyone else's number,
      // so no scan lands under a request that is not theirs.
      await gateway.call(endpoints.delegaDetail, { numero });
      return attachments.save(numero, kind, fileName, Buffer.from(base64, 'base64'));
    },
    listAbilitazioni() {
      return gateway.call(endpoints.abilitazioniList, {});
    },
    grant(input) {
      return gateway.call(endpoints.abilitazioneGrant, {}, input);
    },
    revokeAbilitazione(id) {
      return gateway.call(endpoints.abilitazioneRevoke, { id: String(id) });
    },
  };
}
