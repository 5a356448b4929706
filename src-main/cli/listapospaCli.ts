import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Finding } from '../../shared/domain/listapospa/rules';
import { writeFileAtomic } from '../adapters/node/atomicWrite';
import { createConfSettingsStore } from '../adapters/node/confSettingsStore';
import { defaultDataDir } from '../adapters/node/dataDir';
import { readDenunciaFile } from '../../shared/domain/listapospa/xmlReader';
import { createDraftStore, type DraftFile } from '../services/listapospa/draftStore';
import { importDraft } from '../services/listapospa/importDraft';
import { createRateOverridesStore } from '../services/listapospa/rateOverridesStore';
import { userDirOf } from '../services/userScope';
import { validateDraft, validateXml } from '../services/listapospa/validation';
import { loadXsd } from '../services/listapospa/xsdValidator';
import { CliError, checkOutputPath, oneLine, readInputFile, writing } from './cliErrors';
import { countOf } from '../../shared/text/plural';
import { fromCsvCli } from './payrollCli';

/**
 * `npm run cli -- listapospa validate FILE.xml`, `listapospa import FILE.xml` (a draft, as the
 * app's import makes it) and `listapospa export DRAFT OUT.xml`.
 * DRAFT is a draft file (.json) or POSIZIONE/AAAA-MM among the drafts of the user named by
 * --utente (drafts and rates are kept per user), where import puts its draft too. The XSD is the
 * official one set in the app's settings (or --xsd), else the reconstructed one.
 * Exit: 0 no blocking finding, 1 blocking findings or refusal, 2 wrong usage.
 */

// One line, as every CLI error: BOZZA is a draft's .json file or POSIZIONE/AAAA-MM among the
// drafts of the user named by --utente (without it, the rates are the tables').
const USAGE =
  'Uso: npm run cli -- listapospa validate FILE.xml [--xsd FILE.xsd] [--data-invio AAAA-MM-GG] [--json] [--utente CF]' +
  ' | listapospa import FILE.xml --utente CF [--posizione ID] [--sovrascrivi] [--data-dir CARTELLA]' +
  ' | listapospa from-csv FILE.csv --mapping MAP.json OUT.xml' +
  ' | listapospa export BOZZA OUT.xml [--xsd FILE.xsd] [--data-dir CARTELLA] [--utente CF]' +
  ' (BOZZA: file .json di una bozza, oppure POSIZIONE/AAAA-MM tra le bozze dell’utente --utente)';

const today = () => new Date().toISOString().slice(0, 10);

function print(findings: readonly Finding[], json: boolean) {
  if (json) {
    console.log(JSON.stringify(findings, null, 2));
    return;
  }
  for (const f of findings) {
    const who = f.cfLavoratore ? ` [${f.cfLavoratore}]` : '';
    console.log(`${f.code}\t${f.severity}\t${f.path || '-'}${who}\t${f.message}`);
  }
}

function summary(findings: readonly Finding[], xsdLabel: string, numeroD0: number) {
  const blocking = findings.filter((f) => f.severity === 'bloccante').length;
  const warnings = findings.length - blocking;
  return `${countOf(numeroD0, 'quadro D0 verificato', 'quadri D0 verificati')} con ${xsdLabel} e le regole di congruità: ${countOf(blocking, 'errore bloccante', 'errori bloccanti')}, ${countOf(warnings, 'avviso', 'avvisi')}.`;
}

async function xsdFor(explicit: string | undefined, dataDir: string) {
  if (explicit) {
    await readInputFile(explicit, 'L’XSD');
    return loadXsd(explicit);
  }
  const stored = createConfSettingsStore(dataDir).get('settings') as { officialXsdPath?: string } | undefined;
  return loadXsd(stored?.officialXsdPath || undefined);
}

async function openDraft(ref: string, userDir: string | undefined): Promise<DraftFile> {
  // A folder given as the draft is told so by readInputFile, not taken for POSIZIONE/AAAA-MM.
  const exists = await stat(ref).then(
    () => true,
    () => false,
  );
  if (exists) {
    const text = (await readInputFile(ref, 'La bozza')).toString('utf8');
    let draft: DraftFile;
    try {
      draft = JSON.parse(text) as DraftFile;
    } catch {
      throw new CliError(`La bozza «${ref}» non è un file JSON valido.`);
    }
    // The same mark the draft store checks: any other JSON would fail later, in English.
    if (draft?.format !== 'cassetto-enti/listapospa-draft') {
      throw new CliError(`«${ref}» non è una bozza ListaPosPA dell’app.`);
    }
    return draft;
  }
  const match = /^([^/]+)\/(\d{4}-\d{2})$/.exec(ref);
  if (!match?.[1] || !match[2])
    throw new CliError(`Bozza non trovata: «${ref}» non è un file né POSIZIONE/AAAA-MM.`);
  if (!userDir)
    throw new CliError(`Le bozze sono di ciascun utente: indica --utente CODICEFISCALE per aprire «${ref}».`);
  return createDraftStore(userDir).open(match[1], match[2]);
}

export async function listapospaCli(args: string[]): Promise<number> {
  // A payroll file to XML has its own options (payrollCli.ts).
  if (args[0] === 'from-csv') return fromCsvCli(args.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        xsd: { type: 'string' },
        'data-invio': { type: 'string' },
        'data-dir': { type: 'string' },
        utente: { type: 'string' },
        posizione: { type: 'string' },
        sovrascrivi: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // parseArgs speaks English: say which option, in Italian, on one line.
    const option = /'(-[^']*)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    console.error(`Opzione non valida o senza valore: ${option || String(error)}. ${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, first, second] = positionals;
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const dataInvio = values['data-invio'] ?? today();
  const userDir = values.utente ? userDirOf(dataDir, values.utente) : undefined;
  // The rates set in the app's "Aliquote" panel by that user, as the app's own checks use them.
  const overrides = () => (userDir ? createRateOverridesStore(userDir).get() : Promise.resolve({}));
  try {
    if (command === 'validate' && first && !second) {
      const bytes = await readInputFile(first);
      const report = await validateXml(bytes, {
        xsd: await xsdFor(values.xsd, dataDir),
        dataInvio,
        overrides: await overrides(),
        // Only the findings are printed: the D0 are checked as they are read, not kept.
        keepModel: false,
        handOverBytes: true,
      });
      print(report.findings, values.json);
      console.error(summary(report.findings, report.xsdLabel, report.numeroD0));
      return report.blocking ? 1 : 0;
    }
    if (command === 'import' && first && !second) {
      return await importFile(first, userDir, values.posizione, values.sovrascrivi, values.json);
    }
    if (command === 'export' && first && second) {
      await checkOutputPath(second);
      const draft = await openDraft(first, userDir);
      const report = await validateDraft(draft.denuncia, {
        xsd: await xsdFor(values.xsd, dataDir),
        dataInvio,
        overrides: await overrides(),
      });
      if (report.blocking) {
        print(report.findings, values.json);
        console.error(
          `Esportazione rifiutata: la bozza ha errori bloccanti. ${summary(report.findings, report.xsdLabel, report.numeroD0)}`,
        );
        return 1;
      }
      await writing(second, () => writeFileAtomic(second, report.xml, 0o644));
      print(report.findings, values.json);
      console.error(`Esportato ${second}. ${summary(report.findings, report.xsdLabel, report.numeroD0)}`);
      return 0;
    }
  } catch (error) {
    console.error(oneLine(error));
    return error instanceof CliError ? error.exitCode : 1;
  }
  console.error(USAGE);
  return 2;
}

/**
 * The file becomes a draft in the data folder, as the app's import makes it; prints its key (what
 * `export` takes as BOZZA) and what was not understood or kept without being known. The posizione
 * is CFAzienda-PRGAZIENDA of the file, as the INPS posizioni are named, unless --posizione says.
 */
async function importFile(
  file: string,
  userDir: string | undefined,
  posizione: string | undefined,
  overwrite: boolean,
  json: boolean,
): Promise<number> {
  // Drafts are each user's: the import goes among the drafts of the user named, as in the app.
  if (!userDir) throw new CliError('Le bozze sono di ciascun utente: indica --utente CODICEFISCALE.');
  const bytes = await readInputFile(file);
  let read;
  try {
    read = readDenunciaFile(bytes);
  } catch (error) {
    throw new CliError(`Il file «${file}» non è una ListaPosPA leggibile. ${oneLine(error)}`);
  }
  const { cfAzienda, listaPosPA } = read.denuncia.azienda;
  const posizioneId = posizione ?? `${cfAzienda}-${listaPosPA.prgAzienda}`;
  const imported = await importDraft(createDraftStore(userDir), posizioneId, read, overwrite).catch(
    (error: unknown) => {
      throw new CliError(oneLine(error));
    },
  );
  const { draft, posPACount, issues } = imported;
  console.log(`${draft.posizioneId}/${draft.annoMese}`);
  print(issues, json);
  const merged = posPACount > 1 ? ` I ${posPACount} elementi <PosPA> sono stati riuniti in uno.` : '';
  const kept = read.unknown.length;
  console.error(
    `Bozza ${draft.posizioneId}/${draft.annoMese} creata con ${draft.numeroD0} quadri D0.${merged}` +
      (kept > 0
        ? ` ${kept} elementi non gestiti sono conservati e saranno riscritti nell’esportazione.`
        : ''),
  );
  return 0;
}
