import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import {
  SettingsSchema,
  environments,
  loginTimeoutsMinutes,
  preavvisoGiorniOptions,
  reviewThresholdsPercent,
  type FieldIssue,
  type Settings,
} from '../../../shared/contract';
import { RadioField } from '../../components/RadioField';
import { TextField } from '../../components/TextField';
import { ChoiceSelect } from './ChoiceSelect';
import { t, type MessageKey } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { useAppStore } from '../../state/appStore';
import { SettingsFilePicker, type SettingsFileField } from './SettingsFilePicker';

type ChoiceKey = 'loginTimeoutMinutes' | 'scadenzarioPreavvisoGiorni' | 'reviewThresholdPercent';

type TextKey =
  | 'cassettoApiBaseUrl'
  | 'oidcIssuer'
  | 'oidcClientId'
  | 'httpProxy'
  | 'extraCaCertFile'
  | 'officialXsdPath'
  | 'loginRedirectPorts';
type Feedback =
  { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'failed'; message: string } | null;

const fieldsByGroup: Array<{
  legend: MessageKey;
  fields: Array<{ key: TextKey; type?: 'url'; hint?: MessageKey; pick?: 'certificato' | 'xsd' }>;
}> = [
  {
    legend: 'settings.endpoints',
    fields: [
      { key: 'cassettoApiBaseUrl', type: 'url' },
      { key: 'oidcIssuer', type: 'url' },
      { key: 'oidcClientId' },
    ],
  },
  {
    legend: 'settings.network',
    fields: [
      { key: 'httpProxy', type: 'url' },
      { key: 'extraCaCertFile', pick: 'certificato' },
    ],
  },
  {
    legend: 'settings.login',
    fields: [{ key: 'loginRedirectPorts', hint: 'settings.loginRedirectPorts.hint' }],
  },
  {
    legend: 'settings.files',
    fields: [{ key: 'officialXsdPath', hint: 'settings.officialXsdPath.hint', pick: 'xsd' }],
  },
];

const errorsByField = (issues: FieldIssue[]) =>
  issues.reduce<Record<string, string>>(
    (all, issue) => (all[issue.path] ? all : { ...all, [issue.path]: issue.message }),
    {},
  );

/** Edits the settings with the contract's own schema, so the form and main agree on what is valid. */
export function SettingsPage({ initial }: { initial: Settings }) {
  const client = useClient();
  const settingsSaved = useAppStore((state) => state.settingsSaved);
  const [draft, setDraft] = useState<Settings>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [saving, setSaving] = useState(false);
  const [bridgeWarnings, setBridgeWarnings] = useState<string[]>([]);
  const [checkedFor, setCheckedFor] = useState<Settings>(initial);

  // What the saved bridge's discovery lacks (no SPID levels…): asked again after each save.
  useEffect(() => {
    let current = true;
    void client.call('auth.bridgeCheck', {}).then((result) => {
      if (current && result.ok) setBridgeWarnings(result.value.warnings);
    });
    return () => {
      current = false;
    };
  }, [client, checkedFor]);

  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setFeedback(null);
    if (errors[key]) setErrors(({ [key]: _removed, ...rest }) => rest);
  };

  /** A setting of a few fixed numbers; its option text names the number `param` in the catalogue. */
  const choiceSelect = <K extends ChoiceKey>(key: K, choices: readonly Settings[K][], param: string) => (
    <ChoiceSelect
      id={key}
      label={t(`settings.${key}`)}
      value={draft[key]}
      choices={choices}
      optionLabel={(choice) => t(`settings.${key}.option`, { [param]: choice })}
      onChoose={(choice) => update(key, choice)}
    />
  );

  const showIssues = (issues: FieldIssue[]) => {
    const byField = errorsByField(issues);
    setErrors(byField);
    setFeedback({ kind: 'invalid', count: Object.keys(byField).length });
    const first = issues[0]?.path;
    if (first) document.getElementById(first)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = SettingsSchema.safeParse(draft);
    if (!local.success) {
      return showIssues(
        local.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      );
    }
    setSaving(true);
    const result = await client.call('settings.set', local.data);
    setSaving(false);
    if (result.ok) {
      setDraft(result.value);
      setErrors({});
      setFeedback({ kind: 'saved' });
      settingsSaved(result.value);
      setCheckedFor(result.value);
    } else if (result.error.issues?.length) {
      showIssues(result.error.issues);
    } else {
      setFeedback({ kind: 'failed', message: result.error.message });
    }
  };

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      {bridgeWarnings.length > 0 && (
        <Alert color="warning" data-testid="bridge-warnings">
          {bridgeWarnings.map((warning) => (
            <p key={warning} className="mb-0">
              {warning}
            </p>
          ))}
        </Alert>
      )}
      <form noValidate onSubmit={(event) => void submit(event)} className="settings-form">
        <RadioField
          name="environment"
          legend={t('settings.environment')}
          className="mb-4"
          choices={environments}
          value={draft.environment}
          optionLabel={(environment) => t(`settings.environment.${environment}`)}
          onChoose={(environment) => update('environment', environment)}
        />
        {fieldsByGroup.map((group) => (
          <fieldset className="mb-4" key={group.legend}>
            <legend>{t(group.legend)}</legend>
            {group.fields.map((field) => (
              <div key={field.key}>
                <TextField
                  id={field.key}
                  label={t(`settings.${field.key}`)}
                  type={field.type ?? 'text'}
                  value={draft[field.key]}
                  error={errors[field.key]}
                  {...(field.hint ? { hint: t(field.hint) } : {})}
                  onChange={(value) => update(field.key, value)}
                />
                {field.pick && (
                  <SettingsFilePicker
                    field={field.key as SettingsFileField}
                    kind={field.pick}
                    onPath={(path) => update(field.key, path)}
                    onError={(message) => setFeedback({ kind: 'failed', message })}
                  />
                )}
              </div>
            ))}
          </fieldset>
        ))}
        {choiceSelect('loginTimeoutMinutes', loginTimeoutsMinutes, 'minutes')}
        {choiceSelect('scadenzarioPreavvisoGiorni', preavvisoGiorniOptions, 'n')}
        {choiceSelect('reviewThresholdPercent', reviewThresholdsPercent, 'percent')}
        <div className="mb-4 select-wrapper">
          <label htmlFor="uiLanguage">{t('settings.uiLanguage')}</label>
          <select id="uiLanguage" value={draft.uiLanguage} onChange={() => update('uiLanguage', 'it')}>
            <option value="it">{t('settings.uiLanguage.it')}</option>
          </select>
        </div>
        <div aria-live="polite" className="mb-3">
          {feedback?.kind === 'saved' && <Alert color="success">{t('settings.saved')}</Alert>}
          {feedback?.kind === 'invalid' && (
            <Alert color="danger">{t('settings.invalid', { count: feedback.count })}</Alert>
          )}
          {feedback?.kind === 'failed' && (
            <Alert color="danger">{t('settings.failed', { message: feedback.message })}</Alert>
          )}
        </div>
        <Button type="submit" color="primary" disabled={saving}>
          {saving ? t('settings.saving') : t('settings.save')}
        </Button>{' '}
        <Button
          type="button"
          color="secondary"
          outline
          onClick={() => {
            setDraft(initial);
            setErrors({});
            setFeedback(null);
          }}
        >
          {t('settings.reset')}
        </Button>
      </form>
    </section>
  );
}
