/**
 * Static Electron security scan (@doyensec/electronegativity) over src-main. Fails on any finding
 * not in the exclusion list below, and on any exclusion that no longer matches (so the list
 * cannot rot). Electronegativity is a second opinion: windowPolicy.test.ts checks the real
 * window settings, which it cannot see through a function call.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './electronBinary';

const electronVersion = (
  JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** rule id + file → why it is not a problem here. */
const exclusions: Record<string, string> = {
  'CSP_GLOBAL_CHECK file:///':
    'The CSP is a response header of the app:// protocol (appProtocol.ts) and the web host, plus a <meta> in src-renderer/index.html, outside src-main; rendererAssets.test.ts asserts both.',
  'CONTEXT_ISOLATION_JS_CHECK hosts/electron/main.ts':
    'webPreferences come from secureWebPreferences() (contextIsolation: true), tested in windowPolicy.test.ts; the scanner only reads object literals.',
  'SANDBOX_JS_CHECK hosts/electron/main.ts': 'Same: sandbox: true in secureWebPreferences(), tested.',
  'AUXCLICK_JS_CHECK hosts/electron/main.ts':
    'Same: disableBlinkFeatures "Auxclick" in secureWebPreferences(), and setWindowOpenHandler denies every new window.',
  'OPEN_EXTERNAL_JS_CHECK hosts/electron/main.ts':
    'Opens only the bridge login/logout pages, checked by isAllowedLoginUrl() (https, or http on 127.0.0.1), tested in windowPolicy.test.ts.',
  'OPEN_EXTERNAL_JS_CHECK services/auth/authService.ts':
    'An injected function (the host decides how to open the system browser); the URLs are built by openid-client from the configured issuer.',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK hosts/electron/sessionFetch.ts':
    'Only the extra CA the user chose in Impostazioni (production): a chain Chromium rejects for an unknown authority is trusted when it ends at that CA, for the host asked and within its dates; every other verdict stays Chromium’s (outboundFetchChoice.test.ts).',
  'OPEN_EXTERNAL_JS_CHECK hosts/electron/sessionSecurity.ts':
    'openExternal only for https URLs of the allowlist in isAllowedExternalUrl(), tested in windowPolicy.test.ts.',
};

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number } };
  }>;
}

const output = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.sarif');
const run = spawnSync(
  process.execPath,
  [
    join(repoRoot, 'node_modules/@doyensec/electronegativity/dist/index.js'),
    '-i',
    join(repoRoot, 'src-main'),
    '-o',
    output,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion,
  ],
  { encoding: 'utf8' },
);
let results: SarifResult[];
try {
  results = (
    JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results: SarifResult[] }> }
  ).runs.flatMap((r) => r.results);
} catch {
  console.error('electronegativity non ha prodotto un rapporto:\n', run.stdout, run.stderr);
  process.exit(1);
}

const seen = new Set<string>();
const findings = results.filter((result) => {
  const location = result.locations[0]?.physicalLocation;
  const key = `${result.ruleId} ${location?.artifactLocation.uri ?? ''}`;
  seen.add(key);
  if (exclusions[key]) return false;
  console.error(`FINDING ${key}:${location?.region?.startLine ?? '?'} — ${result.message.text}`);
  return true;
});
const stale = Object.keys(exclusions).filter((key) => !seen.has(key));
for (const key of stale) console.error(`STALE EXCLUSION ${key}: no longer reported, remove it.`);

console.log(
  `electronegativity ${electronVersion}: ${results.length} reported, ${results.length - findings.length} excluded with reason, ${findings.length} findings.`,
);
process.exit(findings.length > 0 || stale.length > 0 ? 1 : 0);
