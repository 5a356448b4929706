/**
 * Writes sandbox/openapi.yaml from the API table (shared/inpsApi/endpoints.ts): run after
 * changing the table; sandbox/api/openapi.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { openApiYaml } from './openApiYaml';

const target = new URL('../sandbox/openapi.yaml', import.meta.url);
writeFileSync(target, openApiYaml());
console.log(`Scritto ${target.pathname}`);
