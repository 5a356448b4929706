/**
 * Benchmarks: print figures, assert nothing. Each file under bench/ exports a `run()`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];

for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const module = (await import(new URL(file, import.meta.url).href)) as { run(): Promise<void> };
  console.log(`\n## ${file}`);
  await module.run();
}
