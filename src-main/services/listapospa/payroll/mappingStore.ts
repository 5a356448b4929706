import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  PayrollMappingSchema,
  type PayrollMapping,
} from '../../../../shared/domain/listapospa/payroll/mapping';
import { writeFileAtomic } from '../../../adapters/node/atomicWrite';

/**
 * The payroll mappings a user saved, one per ente (codice fiscale), in the user's folder
 * (userScope.ts): `<user>/listapospa/paghe-mappature.json`, written atomically. A file that does
 * not read as mappings is taken as none, never as a crash: the next save rewrites it.
 */

const MAX_ENTI = 1000;
const FileSchema = z.record(z.string().max(16), PayrollMappingSchema);

export interface PayrollMappingStore {
  get(cfEnte: string): Promise<PayrollMapping | null>;
  set(cfEnte: string, mapping: PayrollMapping): Promise<void>;
}

export function createPayrollMappingStore(userDir: string): PayrollMappingStore {
  const path = join(userDir, 'listapospa', 'paghe-mappature.json');
  const readAll = async (): Promise<Record<string, PayrollMapping>> => {
    try {
      const parsed = FileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  return {
    async get(cfEnte) {
      return (await readAll())[cfEnte] ?? null;
    },
    async set(cfEnte, mapping) {
      const all = await readAll();
      delete all[cfEnte];
      all[cfEnte] = mapping;
      // The oldest saved enti go first when a user has saved more than the bound.
      const kept = Object.fromEntries(Object.entries(all).slice(-MAX_ENTI));
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFileAtomic(path, JSON.stringify(kept));
    },
  };
}
