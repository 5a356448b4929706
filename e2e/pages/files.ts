import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { electronAppOf } from '../support/launchers';

/**
 * Files through the host, whichever host carries the app: the web host's one-time downloads and
 * the page's file input, or the desktop app's Save and Open dialogs and system viewer, answered
 * here in the Electron main process as a user would answer them.
 */

export interface Delivered {
  download: { suggestedFilename(): string };
  bytes: Buffer;
}

type Chosen = string | { name: string; mimeType?: string; buffer: Buffer };

/** Clicks what saves a file and returns the file as the user gets it. */
export async function saved(page: Page, click: () => Promise<void>): Promise<Delivered> {
  const application = electronAppOf(page);
  if (!application) {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    // Through the host's one-time address (issue 10), never a link the page made.
    expect(new URL(download.url()).pathname).toMatch(/^\/files\/[\w-]{43}$/);
    return { download, bytes: await readFile(await download.path()) };
  }
  const folder = mkdtempSync(join(tmpdir(), 'cassetto-salvati-'));
  await application.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = ((...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      const name = (options.defaultPath ?? 'file').split(/[\\/]/).pop() ?? 'file';
      return Promise.resolve({ canceled: false, filePath: `${target}/${name}` });
    }) as typeof dialog.showSaveDialog;
  }, folder);
  await click();
  const written = () => readdirSync(folder).filter((name) => !name.endsWith('.tmp'));
  await expect.poll(() => written().length).toBe(1);
  await expect(page.getByTestId('saved-file-notice')).toBeVisible();
  const name = written()[0]!;
  return { download: { suggestedFilename: () => name }, bytes: await readFile(join(folder, name)) };
}

/** Clicks 'Stampa' and returns the PDF shown: a new tab here, the system viewer on the desktop. */
export async function printed(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const application = electronAppOf(page);
  if (!application) {
    // The browser's PDF viewer stands between the page and the bytes: read them on their way.
    let body: Buffer | null = null;
    await page.context().route('**/files/*', async (route) => {
      const response = await route.fetch();
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect(response.headers()['content-disposition']).toMatch(/^inline; /);
      body = await response.body();
      await route.fulfill({ response });
    });
    await click();
    await expect.poll(() => body !== null).toBe(true);
    await page.context().unrouteAll();
    return body!;
  }
  await application.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { __cassettoOpened?: string[] }).__cassettoOpened = opened;
    shell.openPath = (path: string) => {
      opened.push(path);
      return Promise.resolve('');
    };
  });
  await click();
  const opened = () =>
    application.evaluate(() => (globalThis as { __cassettoOpened?: string[] }).__cassettoOpened ?? []);
  await expect.poll(async () => (await opened()).length).toBe(1);
  return readFile((await opened())[0]!);
}

/** Chooses files: the page's file input, or the desktop app's Open dialog, once per file. */
export async function choose(page: Page, picker: Locator, files: Chosen | Chosen[]): Promise<void> {
  const list = Array.isArray(files) ? files : [files];
  const application = electronAppOf(page);
  if (!application) {
    const asInput = list.map((file) =>
      typeof file === 'string' ? file : { mimeType: 'application/octet-stream', ...file },
    );
    return picker.setInputFiles(asInput as Parameters<Locator['setInputFiles']>[0]);
  }
  for (const file of list) {
    let path = file as string;
    if (typeof file !== 'string') {
      path = join(mkdtempSync(join(tmpdir(), 'cassetto-scelti-')), basename(file.name));
      writeFileSync(path, file.buffer);
    }
    await application.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (() =>
        Promise.resolve({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
    }, path);
    await picker.click();
  }
}
