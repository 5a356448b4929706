import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { ArchivedDelega } from '../../../shared/contract/calls/delegheCalls';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { CheckboxField } from '../../components/FormField';
import { saveFile } from '../../files/fileTransfer';

const oraItaliana = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
});

/** How many new OTPs INPS still sends this hour, and the attempts a new one does not give back. */
function ResendLimit({ delega }: { delega: ArchivedDelega | undefined }) {
  if (delega?.reinviiOtpRimasti === undefined) return null;
  const tentativi = delega.tentativiRimasti;
  return (
    <p className="small mt-2" data-testid="otp-reinvii">
      {delega.reinviiOtpRimasti === 0 && delega.prossimoReinvioOtp
        ? t('deleghe.otp.resendsNone', {
            ora: oraItaliana.format(new Date(delega.prossimoReinvioOtp)),
            tentativi,
          })
        : t('deleghe.otp.resendsLeft', { n: delega.reinviiOtpRimasti, tentativi })}
    </p>
  );
}

/** OTP and declaration for one request; the sandbox (INPS) decides whether they are good. */
export function OtpActivation({
  numero,
  delega,
  onChanged,
}: {
  numero: string;
  /** The request as the archive last read it: its attempts and new OTPs left. */
  delega?: ArchivedDelega;
  onChanged(delega: ArchivedDelega): void;
}) {
  const client = useClient();
  const [otp, setOtp] = useState('');
  const [declared, setDeclared] = useState(false);
  const [message, setMessage] = useState<{ color: 'danger' | 'success' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function activate() {
    if (!declared) return setMessage({ color: 'danger', text: t('deleghe.otp.declarationMissing') });
    setBusy(true);
    const result = await client.call('deleghe.activate', { numero, otp, dichiarazioneFirma: true });
    setBusy(false);
    if (!result.ok) {
      return setMessage({ color: 'danger', text: result.error.issues?.[0]?.message ?? result.error.message });
    }
    setMessage({ color: 'success', text: t('deleghe.otp.activated', { numero }) });
    onChanged(result.value);
  }

  async function resend() {
    const result = await client.call('deleghe.resendOtp', { numero });
    if (!result.ok) return setMessage({ color: 'danger', text: result.error.message });
    setOtp('');
    setMessage({ color: 'info', text: t('deleghe.otp.resent') });
    onChanged(result.value);
  }

  /** The paper to sign, now with the request's number (and its QR code) instead of "BOZZA". */
  async function pdf(request: ArchivedDelega['request']) {
    const result = await saveFile(client, {
      call: 'deleghe.pdf',
      input: { request: { ...request, numeroRichiesta: numero } },
    });
    if (!result.ok) setMessage({ color: 'danger', text: result.error.message });
  }

  const id = `otp-${numero}`;
  return (
    <section aria-labelledby={`${id}-title`} className="border rounded p-3 mb-4">
      <h2 id={`${id}-title`} className="h4">
        {t('deleghe.otp.title', { numero })}
      </h2>
      {message && (
        <Alert color={message.color} role={message.color === 'danger' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      {delega && (
        <p className="d-flex flex-wrap align-items-center gap-2">
          <span>{t('deleghe.otp.printHint')}</span>
          <Button type="button" color="primary" outline size="sm" onClick={() => void pdf(delega.request)}>
            {t('deleghe.otp.print', { numero })}
          </Button>
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void activate();
        }}
      >
        <div className="mb-3">
          <label htmlFor={id} className="form-label">
            {t('deleghe.otp.field')}
          </label>
          <input
            id={id}
            className="form-control"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={otp}
            onChange={(event) => setOtp(event.target.value)}
          />
        </div>
        <CheckboxField
          id={`${id}-dichiarazione`}
          label={t('deleghe.otp.declaration')}
          wrapperClassName="mb-3"
          checked={declared}
          onChange={(event) => setDeclared(event.target.checked)}
        />
        <p className="small text-muted">{t('deleghe.otp.otherDeleghe')}</p>
        <div className="d-flex gap-2">
          <Button type="submit" color="primary" disabled={busy}>
            {t('deleghe.otp.activate')}
          </Button>
          <Button
            type="button"
            color="secondary"
            outline
            disabled={delega?.reinviiOtpRimasti === 0}
            onClick={() => void resend()}
          >
            {t('deleghe.otp.resend')}
          </Button>
        </div>
        <ResendLimit delega={delega} />
      </form>
    </section>
  );
}
