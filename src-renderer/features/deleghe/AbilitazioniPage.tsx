import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { SubAbilitazione } from '../../../shared/domain/delega';
import { formatDate } from '../../format';
import { prepositionA, t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { DataTable } from '../../components/DataTable';
import { actionsColumn } from '../../components/RowActions';
import { InputField, SelectField } from '../../components/FormField';
import { usePosizioneStore } from '../../state/posizioneStore';
import { UndoNotice } from './UndoNotice';
import { UNDO_MS, useUndoableAction } from './useUndoableAction';

type Ruolo = SubAbilitazione['ruolo'];

/**
 * What the user grants to their own people: an intermediario's sub-abilitazioni to employees
 * (SC62), a legale rappresentante's deleghe to dipendenti, also in comando. `dipendenti` is the
 * legale rappresentante's Deleghe screen: only those deleghe, under that name.
 */
export function AbilitazioniPage({ variant = 'all' }: { variant?: 'all' | 'dipendenti' }) {
  const client = useClient();
  const dipendenti = variant === 'dipendenti';
  const { notice, schedule, undo } = useUndoableAction();
  const { ricerca, loadRicerca, reset } = usePosizioneStore();
  const [rows, setRows] = useState<SubAbilitazione[] | null>(null);
  const [codiceFiscale, setCodiceFiscale] = useState('');
  const [posizioneId, setPosizioneId] = useState('');
  const [ruolo, setRuolo] = useState<Ruolo | ''>('');
  const [message, setMessage] = useState<{ color: 'danger' | 'success'; text: string } | null>(null);
  const pendingWho = useRef<Record<string, string> | null>(null);

  const reload = useCallback(
    () =>
      client.call('abilitazioni.list', {}).then((result) => {
        if (result.ok) setRows(result.value);
        else setMessage({ color: 'danger', text: result.error.message });
      }),
    [client],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (ricerca.kind === 'idle') void loadRicerca(client);
  }, [client, ricerca.kind, loadRicerca]);

  // Only posizioni where the user can grant: as intermediario or as legale rappresentante.
  const grantable =
    ricerca.kind === 'ready'
      ? ricerca.value.filter(
          (p) => p.ruolo === 'legale_rappresentante' || (!dipendenti && p.ruolo === 'intermediario'),
        )
      : [];
  const shown = rows?.filter((row) => !dipendenti || row.ruolo !== 'subdelegato') ?? null;
  const chosen = grantable.find((p) => p.id === posizioneId);
  const ruoli: Ruolo[] =
    chosen?.ruolo === 'intermediario' ? ['subdelegato'] : chosen ? ['delegato', 'delegato_comando'] : [];
  const effectiveRuolo = ruolo !== '' && ruoli.includes(ruolo) ? ruolo : ruoli[0];

  async function grant() {
    if (!effectiveRuolo) return setMessage({ color: 'danger', text: t('abilitazioni.field.posizioneNone') });
    const result = await client.call('abilitazioni.grant', {
      codiceFiscale,
      posizioneId,
      ruolo: effectiveRuolo,
    });
    if (!result.ok) {
      return setMessage({ color: 'danger', text: result.error.issues?.[0]?.message ?? result.error.message });
    }
    setMessage({
      color: 'success',
      text: t('abilitazioni.granted', { ...result.value, a: prepositionA(result.value.nome) }),
    });
    setCodiceFiscale('');
    reset();
    void reload();
  }

  const denominazione = (id: string) =>
    (ricerca.kind === 'ready' ? ricerca.value.find((p) => p.id === id)?.denominazione : undefined) ?? id;

  /** Asks, names who and where, then leaves a few seconds to take it back before INPS hears of it. */
  function revoke(row: SubAbilitazione) {
    const who = {
      nome: row.nome,
      cognome: row.cognome,
      codiceFiscale: row.codiceFiscale,
      posizione: `${denominazione(row.posizioneId)} (${row.posizioneId})`,
    };
    if (!window.confirm(t('abilitazioni.revokeConfirm', who))) return;
    setMessage(null);
    schedule(t('abilitazioni.revokePending', { ...who, secondi: UNDO_MS / 1000 }), async () => {
      const result = await client.call('abilitazioni.revoke', { id: row.id });
      if (!result.ok) return setMessage({ color: 'danger', text: result.error.message });
      setMessage({ color: 'success', text: t('abilitazioni.revoked', who) });
      reset();
      void reload();
    });
    pendingWho.current = who;
  }

  return (
    <section aria-labelledby="abilitazioni-title">
      <h1 id="abilitazioni-title">
        {t(dipendenti ? 'abilitazioni.dipendenti.title' : 'abilitazioni.title')}
      </h1>
      <p>{t(dipendenti ? 'abilitazioni.dipendenti.intro' : 'abilitazioni.intro')}</p>
      <UndoNotice
        notice={notice}
        onUndo={() => {
          undo();
          if (pendingWho.current)
            setMessage({ color: 'success', text: t('abilitazioni.revokeUndone', pendingWho.current) });
        }}
      />
      {message && (
        <Alert color={message.color} role={message.color === 'danger' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      <form
        className="border rounded p-3 mb-4"
        aria-labelledby="abilitazioni-form-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void grant();
        }}
      >
        <h2 id="abilitazioni-form-title" className="h4">
          {t('abilitazioni.form.title')}
        </h2>
        <div className="row">
          <InputField
            id="abilitazione-cf"
            label={t('abilitazioni.field.codiceFiscale')}
            wrapperClassName="col-md-4 mb-3"
            autoComplete="off"
            value={codiceFiscale}
            onChange={(event) => setCodiceFiscale(event.target.value)}
          />
          <SelectField
            id="abilitazione-posizione"
            label={t('abilitazioni.field.posizione')}
            wrapperClassName="col-md-4 mb-3"
            value={posizioneId}
            onChange={(event) => setPosizioneId(event.target.value)}
          >
            <option value="">{t('abilitazioni.field.posizioneNone')}</option>
            {grantable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.denominazione} ({p.id})
              </option>
            ))}
          </SelectField>
          <SelectField
            id="abilitazione-ruolo"
            label={t('abilitazioni.field.ruolo')}
            wrapperClassName="col-md-4 mb-3"
            value={effectiveRuolo ?? ''}
            onChange={(event) => setRuolo(event.target.value as Ruolo)}
          >
            {ruoli.map((r) => (
              <option key={r} value={r}>
                {t(`abilitazioni.ruolo.${r}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" color="primary">
          {t('abilitazioni.grant')}
        </Button>
      </form>
      {shown !== null && shown.length === 0 && (
        <p>{t(dipendenti ? 'abilitazioni.dipendenti.empty' : 'abilitazioni.empty')}</p>
      )}
      {shown !== null && shown.length > 0 && (
        <DataTable
          caption={t(dipendenti ? 'abilitazioni.dipendenti.title' : 'abilitazioni.title')}
          testId="abilitazioni-table"
          rows={shown}
          rowKey={(row) => String(row.id)}
          columns={[
            {
              header: t('abilitazioni.col.persona'),
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.nome} {row.cognome} <span className="font-monospace">({row.codiceFiscale})</span>
                </>
              ),
            },
            { header: t('abilitazioni.col.posizione'), cell: (row) => denominazione(row.posizioneId) },
            { header: t('abilitazioni.col.ruolo'), cell: (row) => t(`abilitazioni.ruolo.${row.ruolo}`) },
            { header: t('abilitazioni.col.dal'), cell: (row) => formatDate(row.dataInizio) },
            actionsColumn<SubAbilitazione>(t('abilitazioni.col.azioni'), (row) => [
              {
                text: t('abilitazioni.revoke'),
                label: t('abilitazioni.revokeLabel', {
                  nome: row.nome,
                  cognome: row.cognome,
                  posizione: denominazione(row.posizioneId),
                }),
                tone: 'danger',
                onClick: () => revoke(row),
              },
            ]),
          ]}
        />
      )}
    </section>
  );
}
