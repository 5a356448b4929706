/**
 * The layering rules hold in the Electron folders too (issue 10): ESLint's later config blocks
 * replace a rule's options, which once left hosts/electron with only the ipcMain rule.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function messagesFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering in the Electron folders', () => {
  it.each([
    'src-main/hosts/electron/fixture.ts',
    'src-main/hosts/electron/ipcBinding.ts',
    'src-main/adapters/electron/fixture.ts',
  ])('%s may not import the renderer', async (file) => {
    const messages = await messagesFor(file, "export { t } from '../../../src-renderer/i18n';\n");
    expect(messages.join('\n')).toContain('never imports the renderer');
  });

  it('keeps IPC in ipcBinding.ts', async () => {
    const messages = await messagesFor(
      'src-main/hosts/electron/fixture.ts',
      "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
    );
    expect(messages.join('\n')).toContain('IPC goes through ipcBinding.ts');
  });

  it('keeps adapters from importing a host', async () => {
    const messages = await messagesFor(
      'src-main/adapters/electron/fixture.ts',
      "export { startWebHost } from '../../hosts/web/webHost';\n",
    );
    expect(messages.join('\n')).toContain('never import one');
  });
});
