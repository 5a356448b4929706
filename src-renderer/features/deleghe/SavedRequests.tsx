import { useEffect, useState } from 'react';
import { Alert } from 'design-react-kit';
import type { SavedDelegaRequest } from '../../../shared/contract/calls/delegheCalls';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { saveFile } from '../../files/fileTransfer';
import { actionsColumn } from '../../components/RowActions';
import { tableTitleId } from '../../components/DataTable';
import { DelegheTable } from './DelegheTable';

/**
 * Shown when the INPS archive cannot be loaded: the requests this computer submitted, read from
 * its own copies, each printable again (the PDF is made on the main side, with no network).
 * With `listed` (the numbers the INPS archive shows), only the copies it does not list, under
 * the archive, so that the two together are everything known of the user's deleghe.
 */
export function SavedRequests({
  onError,
  listed,
}: {
  onError(message: string): void;
  listed?: ReadonlySet<string>;
}) {
  const client = useClient();
  const [saved, setSaved] = useState<SavedDelegaRequest[] | null>(null);

  useEffect(() => {
    let live = true;
    void client.call('deleghe.saved', {}).then((result) => {
      if (live) setSaved(result.ok ? result.value : []);
    });
    return () => {
      live = false;
    };
  }, [client]);

  async function pdf(entry: SavedDelegaRequest) {
    const request = { ...entry.request, numeroRichiesta: entry.numeroRichiesta };
    const result = await saveFile(client, { call: 'deleghe.pdf', input: { request } });
    if (!result.ok) return onError(result.error.message);
  }

  if (saved === null) return null;
  const notListed = listed ? saved.filter((entry) => !listed.has(entry.numeroRichiesta)) : saved;
  if (listed && notListed.length === 0) return null;
  return (
    <section aria-labelledby={tableTitleId('deleghe-saved-table')} data-testid="deleghe-saved">
      <DelegheTable
        empty={t('deleghe.saved.empty')}
        caption={t(listed ? 'deleghe.local.title' : 'deleghe.saved.title')}
        heading={{ level: 3, className: 'h4' }}
        note={
          <Alert color="warning" role="status">
            {t(listed ? 'deleghe.local.notice' : 'deleghe.saved.notice')}
          </Alert>
        }
        testId="deleghe-saved-table"
        rows={notListed}
        posizione={(entry) => `${entry.request.ente.codiceFiscale}-${entry.request.ente.progressivo}`}
        columns={[
          {
            header: t('deleghe.saved.col.decorrenza'),
            cell: (entry) => formatDate(entry.request.dataInizio),
          },
          { header: t('deleghe.saved.col.salvata'), cell: (entry) => formatDate(entry.savedAt) },
          actionsColumn<SavedDelegaRequest>(t('deleghe.col.azioni'), (entry) => [
            {
              text: t('deleghe.saved.print'),
              label: t('deleghe.saved.printLabel', { numero: entry.numeroRichiesta }),
              onClick: () => void pdf(entry),
            },
          ]),
        ]}
      />
    </section>
  );
}
