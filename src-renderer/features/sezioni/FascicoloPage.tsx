import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { printFile, saveFile } from '../../files/fileTransfer';
import { PosizionePage } from './SezionePages';

function Fascicolo({ posizioneId }: { posizioneId: string }) {
  const client = useClient();
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done' | 'error'; text: string }>(
    { kind: 'idle' },
  );
  /** Main makes the PDF; the host saves it, or opens it in the viewer to print. */
  const deliver = async (how: 'save' | 'print') => {
    setState({ kind: 'working' });
    const source = { call: 'fascicolo.print', input: { posizioneId } } as const;
    const result = await (how === 'save' ? saveFile(client, source) : printFile(client, source));
    if (!result.ok) return setState({ kind: 'error', text: result.error.message });
    const outcome = result.value;
    if (outcome.outcome === 'cancelled' || outcome.outcome === 'refused') return setState({ kind: 'idle' });
    setState({ kind: 'done', text: t('fascicolo.done', { file: outcome.fileName }) });
  };
  return (
    <>
      <div className="d-flex flex-wrap gap-2">
        <Button color="primary" onClick={() => void deliver('print')} disabled={state.kind === 'working'}>
          {t('fascicolo.print')}
        </Button>
        <Button
          color="primary"
          outline
          onClick={() => void deliver('save')}
          disabled={state.kind === 'working'}
        >
          {t('fascicolo.save')}
        </Button>
      </div>
      {state.kind === 'working' && (
        <p aria-busy="true" className="mt-2">
          {t('fascicolo.working')}
        </p>
      )}
      {(state.kind === 'done' || state.kind === 'error') && (
        <Alert color={state.kind === 'done' ? 'success' : 'danger'} className="mt-2">
          {state.text}
        </Alert>
      )}
    </>
  );
}

export function FascicoloPage() {
  return (
    <PosizionePage id="fascicolo" title={t('fascicolo.title')} intro={t('fascicolo.intro')}>
      {(posizioneId) => <Fascicolo posizioneId={posizioneId} />}
    </PosizionePage>
  );
}
