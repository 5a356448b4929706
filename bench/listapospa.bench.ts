/**
 * ListaPosPA with 50,000 D0: build the XML, validate it (XSD with libxml2-wasm in a worker thread
 * + congruity rules, in parallel), parse it back, against native `xmllint --noout --schema` on
 * the same file. Goals (issue #11): validating a file ≤ 1.5× native xmllint, export + full
 * validation ≤ 2.0×, peak memory of the XSD pass on a 150 MB file ≤ native xmllint's; keystroke
 * to validation feedback < 50 ms on a 50,000-worker draft. Prints figures, asserts nothing.
 *
 * Each line gives wall time and CPU time (all threads of this process, the XSD worker included):
 * on a shared machine the wall time swings with the load, the CPU time much less.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftChecks, composeDenuncia } from '../shared/domain/listapospa/draftChecks';
import type { D0, Denuncia } from '../shared/domain/listapospa/model';
import {
  CF_LAVORATORE_UNICO,
  contextOf,
  validateDenuncia,
  type Finding,
} from '../shared/domain/listapospa/rules';
import { sampleCfPersona, sampleDenuncia } from '../shared/domain/listapospa/sample';
import { readDenuncia } from '../shared/domain/listapospa/xmlReader';
import { writeDenuncia } from '../shared/domain/listapospa/xmlWriter';
import { validateDraft, validateXml } from '../src-main/services/listapospa/validation';
import { RICOSTRUITO, validateWithXsd } from '../src-main/services/listapospa/xsdValidator';

const WORKERS = 50_000;
/** About 150 MB of XML (1,464 bytes per D0 in the sample). */
const WORKERS_150MB = 103_000;
const EDITS = 200;
const DATA_INVIO = '2026-02-10';
const XSD = new URL('../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url).pathname;

interface Timing {
  wall: number;
  cpu: number;
}

const line = (label: string, t: Timing) =>
  console.log(
    `${label.padEnd(50)} ${t.wall.toFixed(0).padStart(7)} ms wall ${t.cpu.toFixed(0).padStart(7)} ms cpu`,
  );

async function time<T>(label: string, work: () => Promise<T> | T): Promise<[T, Timing]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  const timing = { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  line(label, timing);
  return [result, timing];
}

/** Native xmllint, timed by bash so its own CPU time is known too. */
function nativeXmllint(file: string): Timing {
  const script = 'TIMEFORMAT="%R %U %S"; { time xmllint --noout --schema "$0" "$1" 2>/dev/null; } 2>&1';
  const result = spawnSync('bash', ['-c', script, XSD, file], { encoding: 'utf8' });
  const [real = NaN, user = NaN, sys = NaN] =
    result.stdout.trim().split('\n').pop()?.split(' ').map(Number) ?? [];
  const timing = { wall: real * 1000, cpu: (user + sys) * 1000 };
  line('native xmllint --noout --schema (reference)', timing);
  return timing;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`;
}

/**
 * One editor keystroke, as the store's updateD0 does it (src-renderer/features/listapospa/
 * editorStore.ts): copy the worker, apply the edit, move totals and index, re-check the worker,
 * and the denuncia-level rules when a codice fiscale changed.
 */
function keystroke(
  frontespizio: Denuncia,
  checks: DraftChecks,
  state: { d0: D0[]; findings: Finding[][] },
  index: number,
  mutate: (d0: D0) => void,
) {
  const current = state.d0[index];
  if (!current) throw new Error(`nessun D0 ${index}`);
  const next = structuredClone(current);
  mutate(next);
  checks.replaced(index, current, next);
  const workers = state.d0.slice();
  workers[index] = next;
  const findings = state.findings.slice();
  findings[index] = checks.checkD0(frontespizio, next, index);
  if (next.cfLavoratore !== current.cfLavoratore) checks.denunciaFindings(frontespizio, workers);
  checks.totalsList();
  state.d0 = workers;
  state.findings = findings;
}

/** Deterministic worker choice, so runs are comparable. */
function* indices(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield x % WORKERS;
  }
}

/** Export and validation of the file; what they allocate is dropped before the keystrokes. */
async function filePhases(denuncia: Denuncia): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'listapospa-bench-'));
  try {
    const [xml, build] = await time(`build XML (${WORKERS} D0)`, () => writeDenuncia(denuncia));
    const bytes = new TextEncoder().encode(xml);
    const file = join(dir, 'UNIEN2601.xml');
    writeFileSync(file, bytes);
    console.log(`file size${' '.repeat(42)}${(bytes.length / 1024 / 1024).toFixed(1).padStart(7)} MB`);

    // The first run also compiles libxml2's WebAssembly and the schema in a new worker.
    await time('  XSD only, first run (libxml2-wasm, new worker)', () => validateWithXsd(bytes, RICOSTRUITO));
    const [, xsdOnly] = await time('  XSD only (libxml2-wasm, worker thread)', () =>
      validateWithXsd(bytes, RICOSTRUITO),
    );
    {
      // In a block: the model read here is garbage by the time the file is validated.
      const [read] = await time('  parse only (reader)', () => readDenuncia(xml));
      await time('  rules only', () => validateDenuncia(read.denuncia, contextOf(read.denuncia, DATA_INVIO)));
    }
    // As the CLI's `listapospa validate` does: the D0 are checked as they are read, not kept, and
    // the file's bytes (here a copy made beforehand) go to the XSD worker without a copy.
    const given = bytes.slice();
    const [report, validate] = await time('validate file (XSD ∥ parse + rules)', () =>
      validateXml(given, { xsd: RICOSTRUITO, dataInvio: DATA_INVIO, keepModel: false, handOverBytes: true }),
    );
    await time('  validate file, keeping the model (as the app would)', () =>
      validateXml(bytes, { xsd: RICOSTRUITO, dataInvio: DATA_INVIO }),
    );
    console.log(`  findings: ${report.findings.length}`);
    const [, exported] = await time('export + full validation (validateDraft)', () =>
      validateDraft(denuncia, { xsd: RICOSTRUITO, dataInvio: DATA_INVIO }),
    );
    const native = nativeXmllint(file);

    console.log(
      `RATIO validate file / native: ${ratio(validate.wall, native.wall)} wall, ` +
        `${ratio(validate.cpu, native.cpu)} cpu (goal ≤ 1.5×)`,
    );
    console.log(
      `RATIO export + full validation (validateDraft) / native: ${ratio(exported.wall, native.wall)} wall, ` +
        `${ratio(exported.cpu, native.cpu)} cpu (goal ≤ 2.0×); (build + validate) / native: ` +
        `${ratio(build.wall + validate.wall, native.wall)} wall`,
    );
    console.log(
      `floor, libxml2-wasm alone / native: ${ratio(xsdOnly.wall, native.wall)} wall, ` +
        `${ratio(xsdOnly.cpu, native.cpu)} cpu`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Keystrokes on a 50,000-worker draft, through the editor's own incremental checks. */
async function keystrokes(denuncia: Denuncia): Promise<void> {
  const workers = denuncia.azienda.listaPosPA.posPA[0]?.d0 ?? [];
  const [{ draft, state }] = await time(`editor: open a ${WORKERS}-worker draft (all D0 checked)`, () => {
    const opened = new DraftChecks(workers, () => DATA_INVIO);
    const findings = workers.map((worker, index) => opened.checkD0(denuncia, worker, index));
    opened.denunciaFindings(denuncia, workers);
    return { draft: opened, state: { d0: workers, findings } };
  });
  const amountSamples: number[] = [];
  const pick = indices(42);
  for (let i = 0; i < EDITS; i += 1) {
    const index = pick.next().value ?? 0;
    const started = performance.now();
    keystroke(denuncia, draft, state, index, (d0) => {
      const pens = d0.e0[0]?.gestioni?.pensionistica;
      if (pens) pens.imponibile = `${2000 + i}.00`;
    });
    amountSamples.push(performance.now() - started);
  }
  const cfSamples: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const index = pick.next().value ?? 0;
    // Every other edit gives a worker the codice fiscale of worker 0 (a CE012 duplicate).
    const cf = i % 2 === 0 ? sampleCfPersona(0) : sampleCfPersona(1_000_000 + i);
    const started = performance.now();
    keystroke(denuncia, draft, state, index, (d0) => (d0.cfLavoratore = cf));
    cfSamples.push(performance.now() - started);
  }
  console.log(`keystroke on an amount (${EDITS} edits): ${percentiles(amountSamples)} (goal < 50 ms)`);
  console.log(`keystroke on a codice fiscale (${EDITS} edits): ${percentiles(cfSamples)} (goal < 50 ms)`);
  // For comparison, what a codice fiscale edit cost before the index: the full duplicate scan.
  const scans: number[] = [];
  const composed = composeDenuncia(denuncia, state.d0);
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    CF_LAVORATORE_UNICO.check(composed, draft.context(denuncia), () => undefined);
    scans.push(performance.now() - started);
  }
  console.log(`  the full duplicate scan it replaces (20 runs): ${percentiles(scans)}`);
}

/** Peak memory validating a ~150 MB file: the XSD pass and native xmllint, each in a fresh process. */
function peakMemory(): void {
  const dir = mkdtempSync(join(tmpdir(), 'listapospa-bench-150-'));
  try {
    const file = join(dir, 'UNIEN2601.xml');
    const bytes = new TextEncoder().encode(writeDenuncia(sampleDenuncia(WORKERS_150MB)));
    writeFileSync(file, bytes);
    const mb = bytes.length / 1024 / 1024;
    console.log(`big file (${WORKERS_150MB} D0)${' '.repeat(30)}${mb.toFixed(1).padStart(7)} MB`);
    const child = new URL('./xsdPeakRss.ts', import.meta.url).pathname;
    const ours = JSON.parse(execFileSync('npx', ['tsx', child, file], { encoding: 'utf8' }).trim()) as {
      errors: number;
      maxRssKb: number;
    };
    // GNU time's %M: the peak resident set of xmllint, in kB.
    const timed = spawnSync('/usr/bin/time', ['-f', '%M', 'xmllint', '--noout', '--schema', XSD, file], {
      encoding: 'utf8',
    });
    const nativeKb = Number(timed.stderr.trim().split('\n').pop());
    const show = (kb: number) => `${(kb / 1024).toFixed(0)} MB (${(kb / 1024 / mb).toFixed(1)}× the file)`;
    console.log(`peak RSS, XSD pass (libxml2-wasm worker, whole process): ${show(ours.maxRssKb)}`);
    console.log(`peak RSS, native xmllint --noout --schema: ${show(nativeKb)}`);
    console.log(
      `RATIO peak memory on ${mb.toFixed(0)} MB / native: ${ratio(ours.maxRssKb, nativeKb)} (goal ≤ 1.0×)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  peakMemory();
  const denuncia = sampleDenuncia(WORKERS);
  await filePhases(denuncia);
  await keystrokes(denuncia);
}
