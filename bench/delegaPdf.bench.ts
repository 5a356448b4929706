/** Delega PDF generation (goal < 100 ms each), fonts already read from disk as in the app. */
import { readFile } from 'node:fs/promises';
import { delegaRequestSchema } from '../shared/domain/delega';
import { loadDelegaFonts } from '../src-main/services/deleghe/delegaFonts';
import { buildDelegaPdf } from '../src-main/services/deleghe/delegaPdf';

export async function run(): Promise<void> {
  const fixture = new URL('../e2e/fixtures/delega-request.json', import.meta.url);
  const request = delegaRequestSchema.parse(JSON.parse(await readFile(fixture, 'utf8')));
  const fonts = await loadDelegaFonts();
  for (let i = 0; i < 20; i++) await buildDelegaPdf(request, fonts);
  const count = 30;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await buildDelegaPdf(request, fonts);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(count / 2)] ?? 0;
  const p95 = times[Math.floor(count * 0.95)] ?? 0;
  console.log(`delega PDF: mediana ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (obiettivo < 100 ms)`);
}
