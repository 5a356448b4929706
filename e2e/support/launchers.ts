import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  _electron as electron,
  type Browser,
  type BrowserContextOptions,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { repoRoot } from '../../scripts/electronBinary';

/** A running app, whichever host carries it: the page to drive and a way to restart it. */
export interface RunningApp {
  page: Page;
  /** The web host's origin, or app://cassetto in Electron. */
  origin: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

interface WebHostProcess {
  url: string;
  origin: string;
  child: ChildProcess;
}

const READY = /disponibile su (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/;

/** Starts the web host as `npm start` does and waits for its "disponibile su" line (as VS Code's smoke tests do). */
export interface ExternalSandbox {
  issuer: string;
  apiBaseUrl: string;
}

export function spawnWebHost(dataDir: string, sandbox?: ExternalSandbox): Promise<WebHostProcess> {
  const sandboxArgs = sandbox
    ? ['--sandbox-issuer', sandbox.issuer, '--sandbox-api', sandbox.apiBaseUrl]
    : [];
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'src-main/hosts/web/start.ts'),
      '--no-open',
      '--data-dir',
      dataDir,
      ...sandboxArgs,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], origin: new URL(match[1]).origin, child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function launchWeb(
  browser: Browser,
  dataDir: string,
  sandbox?: ExternalSandbox,
  /** More for the browser context, e.g. the client certificate of a CNS login. */
  contextOptions: BrowserContextOptions = {},
): Promise<RunningApp> {
  // Reduced motion, as many office PCs run: bootstrap-italia then draws buttons and notices in
  // their final colours at once, so axe never reads a colour half-way through a transition.
  const context = await browser.newContext({
    locale: 'it-IT',
    viewport: { width: 1280, height: 860 },
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  const page = await context.newPage();
  let host = await spawnWebHost(dataDir, sandbox);
  await page.goto(host.url);
  const app: RunningApp = {
    page,
    origin: host.origin,
    async restart() {
      await stopProcess(host.child);
      host = await spawnWebHost(dataDir, sandbox);
      app.origin = host.origin;
      await page.goto(host.url);
    },
    async stop() {
      await context.close();
      await stopProcess(host.child);
    },
  };
  return app;
}

/** The Electron app behind a window, for specs that answer its dialogs (e2e/pages/files.ts). */
const electronApps = new WeakMap<Page, ElectronApplication>();
export const electronAppOf = (page: Page): ElectronApplication | undefined => electronApps.get(page);

export async function launchElectron(
  executablePath: string,
  dataDir: string,
  sandbox?: ExternalSandbox,
): Promise<RunningApp> {
  let application: ElectronApplication;
  const start = async () => {
    application = await electron.launch({
      executablePath,
      args: [repoRoot],
      env: {
        ...process.env,
        CASSETTO_USER_DATA: dataDir,
        ...(sandbox
          ? { CASSETTO_SANDBOX_ISSUER: sandbox.issuer, CASSETTO_SANDBOX_API: sandbox.apiBaseUrl }
          : {}),
      },
    });
    const window = await application.firstWindow();
    electronApps.set(window, application);
    return window;
  };
  const app: RunningApp = {
    page: await start(),
    origin: 'app://cassetto',
    async restart() {
      await application.close();
      app.page = await start();
    },
    stop: () => application.close(),
  };
  return app;
}
