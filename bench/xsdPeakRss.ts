/**
 * Child process of listapospa.bench.ts: validates one file with the app's XSD pass (libxml2-wasm
 * in its worker thread) and prints this process's peak resident memory, worker included, in kB.
 * A process of its own, so nothing the bench allocated before counts.
 */
import { readFileSync } from 'node:fs';
import { RICOSTRUITO, validateWithXsd } from '../src-main/services/listapospa/xsdValidator';

const file = process.argv[2];
if (!file) throw new Error('uso: xsdPeakRss.ts FILE');
const errors = await validateWithXsd(readFileSync(file), RICOSTRUITO);
console.log(JSON.stringify({ errors: errors.length, maxRssKb: process.resourceUsage().maxRSS }));
