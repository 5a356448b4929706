/**
 * Child process of draftCrash.test.ts: autosaves the same draft in a loop, alternating two
 * versions, until the test kills it with SIGKILL.
 */
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { createDraftStore } from './draftStore';

const [dir = '', workers = '2000'] = process.argv.slice(2);
const store = createDraftStore(dir);
const versions = (['A', 'B'] as const).map((label, index) => {
  const denuncia = sampleDenuncia(Number(workers) + index);
  denuncia.azienda.ragSocAzienda = `VERSIONE ${label}`;
  return denuncia;
});

for (let i = 0; ; i += 1) {
  const version = versions[i % 2];
  if (!version) break;
  await store.save('POS1', version);
  process.stdout.write(`saved ${i}\n`);
}
