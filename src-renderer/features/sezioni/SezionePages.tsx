/** The screens of the Cassetto sections: the one table, with each section's detail content. */
import type { ReactNode } from 'react';
import type {
  Denuncia,
  NotaDiDebito,
  NotaDiDebitoEca,
  PianoAmmortamento,
  Sezione,
} from '../../../shared/domain/sezioni';
import { SEZIONE_DEFINITIONS } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import { usePosizioneStore } from '../../state/posizioneStore';
import { ContestazioneForm } from './ContestazioneForm';
import { ErroriDetail, LavoratoriDetail, RateDetail } from './details';
import { ErroriPerLavoratore } from './ErroriPerLavoratore';
import { NotaDebitoPdfButton } from './NotaDebitoPdfButton';
import { SanzioniCalculator } from './SanzioniCalculator';
import { SezioneTable } from './SezioneTable';

type Row = Record<string, unknown> & { id: string };

/** The posizione chosen from the Ricerca; screens of this scope are shown only with one. */
export function WithPosizione({
  children,
}: {
  children: (posizioneId: string, denominazione: string) => ReactNode;
}) {
  const selected = usePosizioneStore((state) => state.selected);
  if (selected.kind !== 'ready') return <p>{t('posizione.none')}</p>;
  return <>{children(selected.value.id, selected.value.denominazione)}</>;
}

/** A page of the open posizione: the ente's name over the title, the intro, then the page itself. */
export function PosizionePage({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: (posizioneId: string) => ReactNode;
}) {
  return (
    <WithPosizione>
      {(posizioneId, denominazione) => (
        <section aria-labelledby={`${id}-title`}>
          <p className="text-muted mb-1">{denominazione}</p>
          <h1 id={`${id}-title`}>{title}</h1>
          {intro && <p>{intro}</p>}
          {children(posizioneId)}
        </section>
      )}
    </WithPosizione>
  );
}

function detailFor(sezione: Sezione, posizioneId: string) {
  switch (sezione) {
    case 'piani-ammortamento':
      return (row: Row) => <RateDetail row={row as unknown as PianoAmmortamento} />;
    case 'dma':
      return (row: Row) => (
        <>
          <ErroriPerLavoratore row={row as unknown as Denuncia} />
          <ErroriDetail row={row as unknown as Denuncia} />
        </>
      );
    case 'note-debito':
      return (row: Row, reload: () => Promise<void>) => (
        <>
          <NotaDebitoPdfButton posizioneId={posizioneId} nota={row as unknown as NotaDiDebito} />
          <LavoratoriDetail row={row as unknown as NotaDiDebito} />
          <ContestazioneForm
            key={row.id}
            posizioneId={posizioneId}
            nota={row as unknown as NotaDiDebito}
            onDone={reload}
          />
        </>
      );
    case 'note-debito-eca':
      return (row: Row) => {
        const nota = row as unknown as NotaDiDebitoEca;
        return (
          <SanzioniCalculator
            key={row.id}
            defaults={{
              contributi: nota.importo,
              scadenza: nota.scadenza,
              ...(nota.dataVersamento ? { pagamento: nota.dataVersamento } : {}),
            }}
          />
        );
      };
    default:
      return undefined;
  }
}

export function SezionePage({ sezione }: { sezione: Sezione }) {
  const definition = SEZIONE_DEFINITIONS[sezione];
  return (
    <PosizionePage id="sezione" title={definition.title}>
      {(posizioneId) => {
        const renderDetail = detailFor(sezione, posizioneId);
        return (
          <SezioneTable
            key={`${posizioneId}/${sezione}`}
            posizioneId={posizioneId}
            sezione={sezione}
            {...(renderDetail ? { renderDetail } : {})}
          />
        );
      }}
    </PosizionePage>
  );
}
