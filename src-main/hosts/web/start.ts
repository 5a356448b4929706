import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataFolderInUseError } from '../../adapters/node/dataFolderLock';
import { defaultDataDir } from '../../adapters/node/dataDir';
import { openInBrowser } from '../../adapters/node/openInBrowser';
import { installProcessSafetyNet } from '../common/processSafetyNet';
import { composeWebServices } from './composeWebServices';
import { startWebHost } from './webHost';

// Before anything else: one request's stray error must not end the session held in memory.
installProcessSafetyNet();

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'renderer-dir': { type: 'string', default: `${repoRoot}out/renderer` },
    'no-open': { type: 'boolean', default: false },
    // Use a sandbox started elsewhere (npm run sandbox, or a test) instead of the embedded one.
    'sandbox-issuer': { type: 'string' },
    'sandbox-api': { type: 'string' },
    'idle-timeout-seconds': { type: 'string' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir();
const version = (JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string }).version;
const externalSandbox =
  values['sandbox-issuer'] && values['sandbox-api']
    ? { issuer: values['sandbox-issuer'], apiBaseUrl: values['sandbox-api'] }
    : undefined;
const services = (() => {
  try {
    return composeWebServices({
      dataDir,
      version,
      ...(externalSandbox ? { externalSandbox } : {}),
      ...(values['idle-timeout-seconds']
        ? { idleTimeoutMs: Number(values['idle-timeout-seconds']) * 1000 }
        : {}),
    });
  } catch (error) {
    // Another instance writes this folder: say so and leave, touching nothing.
    if (!(error instanceof DataFolderInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
})();

const host = await startWebHost({
  rendererDir: values['renderer-dir'],
  dispatch: services.dispatch,
  events: services.events,
  files: services.files,
  context: {},
  port: Number(values.port),
  // Tracciati and attachments travel base64 inside a call.
  maxBodyBytes: 16 * 1024 * 1024,
});

// Tests and tools wait for this exact line (as VS Code's server prints "available at").
console.log(`Cassetto Enti è disponibile su ${host.url}`);
console.log(`Dati in ${dataDir}. Ctrl+C per uscire.`);
if (!values['no-open']) openInBrowser(host.url);

const stop = () => void Promise.all([host.close(), services.stop()]).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
