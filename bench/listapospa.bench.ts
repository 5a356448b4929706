/**
 * ListaPosPA with 50,000 D0: build the XML, validate it (XSD with xmllint-wasm + congruity rules,
 * in parallel), parse it back, against native `xmllint --noout --schema` on the same file.
 * Goals (issue #5): export + full validation ≤ 1.5× native xmllint; keystroke to validation
 * feedback < 50 ms on a 50,000-worker draft. Prints figures, asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GestioneTotals } from '../shared/domain/listapospa/contributions';
import { DENUNCIA_RULES, contextOf, validateD0 } from '../shared/domain/listapospa/rules';
import { sampleDenuncia } from '../shared/domain/listapospa/sample';
import { readDenuncia } from '../shared/domain/listapospa/xmlReader';
import { writeDenuncia } from '../shared/domain/listapospa/xmlWriter';
import { validateXml } from '../src-main/services/listapospa/validation';
import { RICOSTRUITO } from '../src-main/services/listapospa/xsdValidator';

const WORKERS = 50_000;
const XSD = new URL('../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url).pathname;

async function time<T>(label: string, work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms`);
  return [result, ms];
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'listapospa-bench-'));
  try {
    const denuncia = sampleDenuncia(WORKERS);
    const [xml, buildMs] = await time(`build XML (${WORKERS} D0)`, () => writeDenuncia(denuncia));
    const bytes = new TextEncoder().encode(xml);
    const file = join(dir, 'UNIEN2601.xml');
    writeFileSync(file, bytes);
    console.log(`file size${' '.repeat(44)}${(bytes.length / 1024 / 1024).toFixed(1).padStart(7)} MB`);
    const [report, validateMs] = await time('validate (xmllint-wasm XSD ∥ rules, with parse)', () =>
      validateXml(bytes, { xsd: RICOSTRUITO, dataInvio: '2026-02-10' }),
    );
    console.log(`  findings: ${report.findings.length}`);
    await time('parse only (reader)', () => readDenuncia(xml));
    const [, nativeMs] = await time('native xmllint --noout --schema (reference)', () => {
      const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
      if (result.status !== 0) console.log(`  native xmllint failed: ${result.stderr.slice(0, 200)}`);
    });
    const ratio = (buildMs + validateMs) / nativeMs;
    console.log(`export + full validation / native xmllint: ${ratio.toFixed(2)}× (goal ≤ 1.5×)`);

    // Keystroke: the editor re-checks the edited D0 and the denuncia-level rules, and the totals.
    const context = contextOf(denuncia, '2026-02-10');
    const d0 = denuncia.azienda.listaPosPA.posPA[0]?.d0[25_000];
    if (!d0) throw new Error('no D0');
    const totals = new GestioneTotals();
    for (const pos of denuncia.azienda.listaPosPA.posPA)
      for (const w of pos.d0) for (const e0 of w.e0) totals.add(e0);
    const samples: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const started = performance.now();
      const e0 = d0.e0[0];
      if (e0?.gestioni.pensionistica) {
        totals.add(e0, -1);
        e0.gestioni.pensionistica.imponibile = `${2000 + i}.00`;
        totals.add(e0);
      }
      validateD0(d0, context, 'azienda.listaPosPA.posPA[0].d0[25000]');
      totals.list();
      samples.push(performance.now() - started);
    }
    // Changing a codice fiscale also re-runs the denuncia-level rules (duplicates over all D0).
    const cfSamples: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      validateD0(d0, context, 'azienda.listaPosPA.posPA[0].d0[25000]');
      for (const rule of DENUNCIA_RULES) rule.check(denuncia, context, () => undefined);
      totals.list();
      cfSamples.push(performance.now() - started);
    }
    cfSamples.sort((a, b) => a - b);
    samples.sort((a, b) => a - b);
    console.log(
      `keystroke → feedback on ${WORKERS} D0 (D0 rules + running totals): median ` +
        `${(samples[15] ?? 0).toFixed(1)} ms, p95 ${(samples[28] ?? 0).toFixed(1)} ms (goal < 50 ms)`,
    );
    console.log(
      `keystroke on a codice fiscale (+ duplicate check over ${WORKERS} D0): median ${(cfSamples[5] ?? 0).toFixed(1)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
