// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContractClient } from '../../shared/contract';
import { fileToBase64, printFile, saveFile, useSavedFileStore } from './fileTransfer';

const answering = (value: unknown) =>
  ({ call: vi.fn(() => Promise.resolve({ ok: true, value })) }) as unknown as ContractClient;

const source = { call: 'fascicolo.print', input: { posizioneId: '80012345678-00001' } } as const;

afterEach(() => {
  vi.restoreAllMocks();
  useSavedFileStore.getState().dismiss();
});

describe('files through the host, on the page side', () => {
  it('follows the one-time address of the web host, making no link of its own', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    await saveFile(answering({ outcome: 'download', fileName: 'f.pdf', url: '/files/abc' }), source);
    expect(assign).toHaveBeenCalledWith('/files/abc');
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('opens the PDF to print in a new tab', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await printFile(answering({ outcome: 'open', fileName: 'f.pdf', url: '/files/xyz' }), source);
    expect(open).toHaveBeenCalledWith('/files/xyz', '_blank', 'noopener');
  });

  it("keeps what the desktop app saved for the notice with 'Apri' and 'Mostra nella cartella'", async () => {
    await saveFile(answering({ outcome: 'saved', fileName: 'fascicolo.pdf', savedId: 's1' }), source);
    expect(useSavedFileStore.getState().saved).toEqual({ fileName: 'fascicolo.pdf', savedId: 's1' });
  });

  it('does nothing when the user cancelled the Save dialog', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    await saveFile(answering({ outcome: 'cancelled' }), source);
    expect(assign).not.toHaveBeenCalled();
    expect(useSavedFileStore.getState().saved).toBeNull();
  });
});

describe('fileToBase64', () => {
  const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
  const expected = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

  it('gives the bytes of a chosen file as base64', async () => {
    expect(await fileToBase64(new File([bytes], 'a.bin'))).toBe(expected);
  });

  it('tells how much is read, ending at the whole file, and gives the same base64', async () => {
    const heard: number[] = [];
    expect(await fileToBase64(new File([bytes], 'a.bin'), (loaded) => heard.push(loaded))).toBe(expected);
    expect(heard.at(-1)).toBe(bytes.length);
  });
});
