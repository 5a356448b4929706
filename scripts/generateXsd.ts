/**
 * Writes shared/domain/listapospa/ListaPosPA.ricostruito.xsd from the description of the
 * tracciato (tracciato.ts): run after changing the description;
 * src-main/services/listapospa/xsdNative.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { generateXsd } from '../shared/domain/listapospa/xsdGenerator';

const target = new URL('../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url);
writeFileSync(target, generateXsd());
console.log(`Scritto ${target.pathname}`);
