/**
 * Runs the sandbox on its own:
 * `npx tsx sandbox/cli.ts [--data-dir DIR] [--bridge-port N] [--api-port N] [--cns-port N]
 *   [--bridge-quirks LIST] [--seed-posizioni N]`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBridgeQuirks, parseSeedPosizioni, startSandbox } from './index';
import type { CnsCard, SandboxCns } from './index';

function port(value: string | undefined, name: string): number {
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`--${name}: porta non valida (${value})`);
  return parsed;
}

const CARD_KINDS: Record<CnsCard['kind'], string> = {
  valida: 'valida',
  scaduta: 'SCADUTA (rifiutata)',
  revocata: 'REVOCATA (rifiutata)',
  'ca-estranea': 'CA ESTRANEA (rifiutata)',
};

/** Where the test cards are, with their password, for importing them into a browser. */
function printCnsCards(cns: SandboxCns): void {
  console.log(`  CNS di prova (PKCS#12) in ${cns.dir}, password di tutti i file: ${cns.passphrase}`);
  console.log(`    CA di prova:            ${cns.caPath}`);
  console.log(`    Lista di revoca (CRL):  ${cns.crlPath}`);
  for (const card of cns.cards) {
    console.log(`    ${CARD_KINDS[card.kind].padEnd(24)}${card.persona.padEnd(16)} ${card.pfxPath}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: '.data/sandbox' },
      'bridge-port': { type: 'string' },
      'api-port': { type: 'string' },
      // e.g. exact-port=53700,no-acr,refuse-revocation; also CASSETTO_SANDBOX_BRIDGE_QUIRKS.
      'bridge-quirks': { type: 'string' },
      'cns-port': { type: 'string' },
      // N extra posizioni of the intermediario, a year of data each; also CASSETTO_SANDBOX_SEED_POSIZIONI.
      'seed-posizioni': { type: 'string' },
    },
    strict: true,
  });
  const seedPosizioni =
    values['seed-posizioni'] !== undefined
      ? parseSeedPosizioni(values['seed-posizioni'], '--seed-posizioni')
      : parseSeedPosizioni(process.env.CASSETTO_SANDBOX_SEED_POSIZIONI, 'CASSETTO_SANDBOX_SEED_POSIZIONI');
  const sandbox = await startSandbox({
    dataDir: resolve(values['data-dir']),
    bridgePort: port(values['bridge-port'], 'bridge-port'),
    apiPort: port(values['api-port'], 'api-port'),
    bridgeQuirks: parseBridgeQuirks(values['bridge-quirks'] ?? process.env.CASSETTO_SANDBOX_BRIDGE_QUIRKS),
    cnsPort: port(values['cns-port'], 'cns-port'),
    ...(seedPosizioni > 0 ? { seedPosizioni: { count: seedPosizioni } } : {}),
  });
  console.log(`Sandbox INPS avviata (dati in ${sandbox.dataDir})`);
  if (seedPosizioni > 0)
    console.log(`  Posizioni aggiunte:       ${seedPosizioni} (intermediario, un anno di dati ciascuna)`);
  console.log(`  Bridge SPID/CIE/CNS:      ${sandbox.issuer}`);
  console.log(`  Discovery:                ${sandbox.issuer}/.well-known/openid-configuration`);
  console.log(`  API Cassetto:             ${sandbox.apiBaseUrl}`);
  console.log(`  client_id:                ${sandbox.clientId}`);
  console.log(`  Back-office quesiti:      ${sandbox.apiBaseUrl}/backoffice?chiave=${sandbox.operatorKey}`);
  console.log(`  SMTP (PEC ed e-mail):     127.0.0.1:${sandbox.smtpPort}`);
  console.log(
    `  Casella di posta:         ${sandbox.apiBaseUrl}/sandbox/mailbox?chiave=${sandbox.operatorKey}`,
  );
  console.log(
    `  Accesso CNS (HTTPS):      ${sandbox.cns.origin}  (certificato del server firmato dalla CA di prova)`,
  );
  printCnsCards(sandbox.cns);
  console.log('  Identità di prova:');
  for (const persona of sandbox.personae) {
    console.log(`    ${persona.key.padEnd(16)} ${persona.codiceFiscale}  ${persona.nome} ${persona.cognome}`);
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: arresto della sandbox…`);
    sandbox.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
