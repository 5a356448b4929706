import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering of docs/architecture.md §1 is an ESLint rule; these cases prove the rule bites. */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it('keeps shared/ pure: no Electron, no Node built-ins, nothing of ours outside shared', async () => {
    expect(
      await importErrors('shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'shared/domain/x.ts',
        "import { readFile } from 'node:fs';\nexport const a = readFile;\n",
      ),
    ).toHaveLength(1);
    expect(
      await importErrors('shared/domain/x.ts', "import { join } from 'path';\nexport const a = join;\n"),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'shared/domain/x.ts',
        "import { x } from '../../src-main/services/x';\nexport const a = x;\n",
      ),
    ).toHaveLength(1);
    expect(
      await importErrors('shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;\n"),
    ).toHaveLength(0);
  });

  it('keeps Electron out of services, sandbox and the web host', async () => {
    for (const file of ['src-main/services/x.ts', 'src-main/hosts/web/x.ts', 'sandbox/x.ts']) {
      expect(
        await importErrors(file, "import { app } from 'electron';\nexport const a = app;\n"),
      ).toHaveLength(1);
    }
    expect(
      await importErrors(
        'src-main/services/x.ts',
        "import Store from 'electron-store';\nexport const a = Store;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets services reach the sandbox only through endpoints a host gives them', async () => {
    const source = "import { startSandbox } from '../../../sandbox';\nexport const a = startSandbox;\n";
    expect(await importErrors('src-main/services/auth/x.ts', source)).toHaveLength(1);
    expect(await importErrors('src-main/hosts/common/x.ts', source)).toHaveLength(0);
  });

  it('lets only the IPC binding touch ipcMain inside the Electron host', async () => {
    const source = "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n";
    expect(await importErrors('src-main/hosts/electron/window.ts', source)).toHaveLength(1);
    expect(await importErrors('src-main/hosts/electron/ipcBinding.ts', source)).toHaveLength(0);
  });

  it('keeps the renderer away from main and the sandbox', async () => {
    expect(
      await importErrors(
        'src-renderer/x.ts',
        "import { x } from '../src-main/services/x';\nexport const a = x;\n",
      ),
    ).toHaveLength(1);
    expect(
      await importErrors('src-renderer/x.ts', "import { x } from '../sandbox/x';\nexport const a = x;\n"),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'sandbox/x.ts',
        "import { x } from '../src-main/services/x';\nexport const a = x;\n",
      ),
    ).toHaveLength(1);
  });
});
