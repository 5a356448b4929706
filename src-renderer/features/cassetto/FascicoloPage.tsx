import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { saveFile } from './download';
import { WithPosizione } from './SezionePages';

function Fascicolo({ posizioneId }: { posizioneId: string }) {
  const client = useClient();
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done' | 'error'; text: string }>(
    { kind: 'idle' },
  );
  const print = async () => {
    setState({ kind: 'working' });
    const result = await client.call('fascicolo.print', { posizioneId });
    if (!result.ok) return setState({ kind: 'error', text: result.error.message });
    saveFile(result.value);
    setState({ kind: 'done', text: t('fascicolo.done', { file: result.value.fileName }) });
  };
  return (
    <>
      <Button color="primary" onClick={() => void print()} disabled={state.kind === 'working'}>
        {t('fascicolo.print')}
      </Button>
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
    <WithPosizione>
      {(posizioneId, denominazione) => (
        <section aria-labelledby="fascicolo-title">
          <p className="text-muted mb-1">{denominazione}</p>
          <h1 id="fascicolo-title">{t('fascicolo.title')}</h1>
          <p>{t('fascicolo.intro')}</p>
          <Fascicolo posizioneId={posizioneId} />
        </section>
      )}
    </WithPosizione>
  );
}
