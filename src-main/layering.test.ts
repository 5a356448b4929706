import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering of docs/architecture.md §1 is an ESLint rule; these cases prove the rule bites. */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The layering errors of `file` when it imports `name` from `from` and uses it. */
const errorsImporting = (file: string, name: string, from: string) =>
  importErrors(file, `import { ${name} } from '${from}';\nexport const a = ${name};\n`);

describe('layering', () => {
  it('keeps shared/ pure: no Electron, no Node built-ins, nothing of ours outside shared', async () => {
    const file = 'shared/domain/x.ts';
    expect(await errorsImporting(file, 'app', 'electron')).toHaveLength(1);
    expect(await errorsImporting(file, 'readFile', 'node:fs')).toHaveLength(1);
    expect(await errorsImporting(file, 'join', 'path')).toHaveLength(1);
    expect(await errorsImporting(file, 'x', '../../src-main/services/x')).toHaveLength(1);
    expect(await errorsImporting(file, 'z', 'zod')).toHaveLength(0);
  });

  it('keeps Electron out of services, sandbox and the web host', async () => {
    for (const file of ['src-main/services/x.ts', 'src-main/hosts/web/x.ts', 'sandbox/x.ts']) {
      expect(await errorsImporting(file, 'app', 'electron')).toHaveLength(1);
    }
    expect(
      await importErrors(
        'src-main/services/x.ts',
        "import Store from 'electron-store';\nexport const a = Store;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets services reach the sandbox only through endpoints a host gives them', async () => {
    const sandbox = '../../../sandbox';
    expect(await errorsImporting('src-main/services/auth/x.ts', 'startSandbox', sandbox)).toHaveLength(1);
    expect(await errorsImporting('src-main/hosts/common/x.ts', 'startSandbox', sandbox)).toHaveLength(0);
  });

  it('lets only the IPC binding touch ipcMain inside the Electron host', async () => {
    const ipcMainIn = (file: string) =>
      errorsImporting(`src-main/hosts/electron/${file}`, 'ipcMain', 'electron');
    expect(await ipcMainIn('window.ts')).toHaveLength(1);
    expect(await ipcMainIn('ipcBinding.ts')).toHaveLength(0);
  });

  it('keeps the renderer away from main and the sandbox', async () => {
    expect(await errorsImporting('src-renderer/x.ts', 'x', '../src-main/services/x')).toHaveLength(1);
    expect(await errorsImporting('src-renderer/x.ts', 'x', '../sandbox/x')).toHaveLength(1);
    expect(await errorsImporting('sandbox/x.ts', 'x', '../src-main/services/x')).toHaveLength(1);
  });
});
