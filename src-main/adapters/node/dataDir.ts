import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Electron's userData would be, so both hosts keep data in the same kind of place. */
export function defaultDataDir(appName = 'Cassetto Enti'): string {
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appName);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName);
}
