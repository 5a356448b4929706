import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError, createEventHub, defaultSettings, type Settings } from '../../../shared/contract';
import { createConfSettingsStore } from '../../adapters/node/confSettingsStore';
import { createSettingsService } from './settingsService';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cassetto-settings-'));

describe('settings service (conf on disk)', () => {
  it('starts in sandbox mode with no configuration', () => {
    const service = createSettingsService(createConfSettingsStore(tempDir()), createEventHub());
    expect(service.get()).toEqual(defaultSettings);
  });

  it('keeps what was saved across a new process reading the same folder, and announces it', async () => {
    const dir = tempDir();
    const events = createEventHub();
    const announced: unknown[] = [];
    events.subscribe((name, payload) => announced.push([name, payload]));
    const next: Settings = { ...defaultSettings, httpProxy: 'http://proxy.comune.local:3128' };
    await createSettingsService(createConfSettingsStore(dir), events).set(next);

    expect(createSettingsService(createConfSettingsStore(dir), createEventHub()).get()).toEqual(next);
    expect(announced).toEqual([['settings.changed', next]]);
  });

  it('refuses a CA or XSD file that does not exist, naming the field, and saves nothing', async () => {
    const dir = tempDir();
    const service = createSettingsService(createConfSettingsStore(dir), createEventHub());
    const attempt = service.set({ ...defaultSettings, officialXsdPath: join(dir, 'manca.xsd') });
    await expect(attempt).rejects.toBeInstanceOf(ContractError);
    await attempt.catch((error: ContractError) =>
      expect(error.issues).toEqual([
        { path: 'officialXsdPath', message: 'File non trovato o non leggibile.' },
      ]),
    );
    expect(service.get()).toEqual(defaultSettings);
  });

  it('accepts an existing XSD file', async () => {
    const dir = tempDir();
    const xsd = join(dir, 'ListaPosPA.xsd');
    writeFileSync(xsd, '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>');
    const service = createSettingsService(createConfSettingsStore(dir), createEventHub());
    expect((await service.set({ ...defaultSettings, officialXsdPath: xsd })).officialXsdPath).toBe(xsd);
  });

  it('falls back to defaults when the file was edited into something invalid', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ settings: { environment: 'marte', uiLanguage: 'it' } }),
    );
    expect(createSettingsService(createConfSettingsStore(dir), createEventHub()).get()).toEqual(
      defaultSettings,
    );
  });

  /** Settings pointed at a file (`name` in `dir`, or an absolute path) they must refuse. */
  async function refusedFile(dir: string, setting: 'officialXsdPath' | 'extraCaCertFile', name: string) {
    const path = name.startsWith('/') ? name : join(dir, name);
    const service = createSettingsService(createConfSettingsStore(dir), createEventHub());
    const error = (await service
      .set({ ...defaultSettings, [setting]: path })
      .catch((caught: unknown) => caught)) as ContractError;
    return { service, error };
  }

  it.each([
    ['/etc/passwd', '/etc/passwd'],
    ['a text file', 'appunti.xsd'],
    ['an XML file that is not a schema', 'dati.xsd'],
    ['a folder', '.'],
  ])('refuses %s as the XSD, without repeating what it contains', async (_label, name) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'appunti.xsd'), 'password segreta: root:x:0:0\nseconda riga');
    writeFileSync(join(dir, 'dati.xsd'), '<root><segreto>root:x:0:0</segreto></root>');
    const { service, error } = await refusedFile(dir, 'officialXsdPath', name);
    expect(error).toBeInstanceOf(ContractError);
    expect(error.issues?.map((issue) => issue.path)).toEqual(['officialXsdPath']);
    expect(error.issues?.[0]?.message).toMatch(/^(Il file non è uno schema XSD valido|File non trovato)/);
    expect(JSON.stringify(error.toCallError())).not.toMatch(/root:x|segret|password|seconda riga/);
    expect(service.get().officialXsdPath).toBe('');
  });

  it.each([
    ['a device that never ends', '/dev/zero', 'File non trovato o non leggibile.'],
    [
      'a text file',
      'note.pem',
      'Il file non è un certificato PEM (deve contenere -----BEGIN CERTIFICATE-----).',
    ],
  ])('refuses %s as the extra CA, so no request ever reads it', async (_label, name, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'note.pem'), 'root:x:0:0 non un certificato');
    const { error } = await refusedFile(dir, 'extraCaCertFile', name);
    expect(error.issues).toEqual([{ path: 'extraCaCertFile', message }]);
    expect(JSON.stringify(error.toCallError())).not.toContain('root:x');
  });
});
