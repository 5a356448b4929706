import { writeFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import type { SeedPosizione } from '../../sandbox/seed/enti';
import { fieldId } from '../../shared/domain/listapospa/fieldId';
import type { Denuncia } from '../../shared/domain/listapospa/model';
import { sampleDenuncia } from '../../shared/domain/listapospa/sample';
import { writeDenuncia } from '../../shared/domain/listapospa/xmlWriter';

/** The path of worker `i` (quadro D0) of the first PosPA, as the editor's fields are named. */
export const d0 = (i: number) => `azienda.listaPosPA.posPA[0].d0[${i}]`;

/** An editor field found by its path, and what the rules say under it. */
export const field = (page: Page, path: string) => page.locator(`#${fieldId(path)}`);
export const fieldErrors = (page: Page, path: string) => page.locator(`#${fieldId(path)}-errori`);

/**
 * A sample ListaPosPA of `workers` workers for the posizione and the month (aaaa-mm), edited by
 * `change`, in the test's output folder under the name INPS gives it (UNIENaamm.xml): its path.
 */
export function denunciaFile(
  posizione: Pick<SeedPosizione, 'codiceFiscaleEnte' | 'progressivo'>,
  annoMese: string,
  workers: number,
  change?: (denuncia: Denuncia) => void,
): string {
  const denuncia = sampleDenuncia(workers, annoMese);
  denuncia.azienda.cfAzienda = posizione.codiceFiscaleEnte;
  denuncia.azienda.listaPosPA.prgAzienda = posizione.progressivo;
  change?.(denuncia);
  const file = test.info().outputPath(`UNIEN${annoMese.slice(2, 4)}${annoMese.slice(5)}.xml`);
  writeFileSync(file, writeDenuncia(denuncia));
  return file;
}
