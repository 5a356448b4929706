import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub, type AuthStatus } from '../../shared/contract';
import { createUserScope, userFolderName } from './userScope';

/** The signed-in user's folder and the per-user objects that go with them at logout or switch. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const signedIn = (codiceFiscale: string) => ({ state: 'signed-in', user: { codiceFiscale } }) as AuthStatus;

function scopeWith(initial: AuthStatus) {
  const dataDir = mkdtempSync(join(tmpdir(), 'user-scope-'));
  dirs.push(dataDir);
  let status = initial;
  const events = createEventHub();
  const scope = createUserScope({ dataDir, status: () => status, events });
  const change = (next: AuthStatus) => {
    status = next;
    events.emit('auth.changed', next);
  };
  return { dataDir, scope, change, setQuietly: (next: AuthStatus) => (status = next) };
}

describe('user scope', () => {
  it('names a folder per codice fiscale, stable, without the codice fiscale in it', () => {
    const name = userFolderName('RMNFNC75B49H223F');
    expect(name).toMatch(/^[0-9a-f]{32}$/);
    expect(userFolderName('rmnfnc75b49h223f')).toBe(name);
    expect(userFolderName('GRCLCU90P30G535G')).not.toBe(name);
  });

  it('refuses when nobody is signed in, and makes the user’s folder private', () => {
    const { scope, dataDir, change } = scopeWith({ state: 'signed-out' });
    expect(() => scope.current()).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    change(signedIn('RMNFNC75B49H223F'));
    const { dir, codiceFiscale } = scope.current();
    expect(codiceFiscale).toBe('RMNFNC75B49H223F');
    expect(dir).toBe(join(dataDir, 'utenti', userFolderName('RMNFNC75B49H223F')));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'utenti')).mode & 0o777).toBe(0o700);
  });

  it('gives each user their own instance, and drops it at logout or when another user signs in', () => {
    const { scope, change, setQuietly } = scopeWith(signedIn('RMNFNC75B49H223F'));
    const disposed: string[] = [];
    const store = scope.perUser(
      'k',
      (user) => ({ owner: user.codiceFiscale, whose: () => user.codiceFiscale }),
      (gone) => disposed.push(gone.owner),
    );
    expect(store.whose()).toBe('RMNFNC75B49H223F');

    change({ state: 'signed-out' });
    expect(disposed).toEqual(['RMNFNC75B49H223F']);
    expect(() => store.whose()).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));

    change(signedIn('GRCLCU90P30G535G'));
    expect(store.whose()).toBe('GRCLCU90P30G535G');
    // Even with no event (a host that did not tell), another user never gets the previous one's.
    setQuietly(signedIn('RMNFNC75B49H223F'));
    expect(store.owner).toBe('RMNFNC75B49H223F');
    expect(disposed).toEqual(['RMNFNC75B49H223F', 'GRCLCU90P30G535G']);
  });
});
