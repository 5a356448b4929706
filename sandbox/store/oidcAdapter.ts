/**
 * oidc-provider's storage in the sandbox's SQLite archive (its adapter interface: upsert, find,
 * findByUid, findByUserCode, consume, destroy, revokeByGrantId). Replaces the in-memory adapter
 * so that sessions, grants and refresh tokens survive a restart.
 */
import type { Database } from './sqlite';
import { getRow } from './sqlite';
import { text } from './rows';

type Payload = Record<string, unknown>;

/** Kept a little past expiry, as the in-memory adapter does, for clock skew. */
const EXPIRY_GRACE_MS = 15_000;

export class SqliteOidcAdapter {
  constructor(
    private readonly db: Database,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
    const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 + EXPIRY_GRACE_MS : null;
    this.db.run(
      `INSERT INTO oidc_models (model, id, payload, grant_id, user_code, uid, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
         user_code = excluded.user_code, uid = excluded.uid, expires_at = excluded.expires_at`,
      [
        this.model,
        id,
        JSON.stringify(payload),
        typeof payload.grantId === 'string' ? payload.grantId : null,
        typeof payload.userCode === 'string' ? payload.userCode : null,
        typeof payload.uid === 'string' ? payload.uid : null,
        expiresAt,
      ],
    );
  }

  private findWhere(column: 'id' | 'uid' | 'user_code', value: string): Payload | undefined {
    const row = getRow(
      this.db,
      `SELECT payload, expires_at FROM oidc_models WHERE model = ? AND ${column} = ?`,
      [this.model, value],
    );
    if (!row) return undefined;
    const expiresAt = row.expires_at;
    if (typeof expiresAt === 'number' && expiresAt <= Date.now()) return undefined;
    return JSON.parse(text(row, 'payload')) as Payload;
  }

  async find(id: string): Promise<Payload | undefined> {
    return this.findWhere('id', id);
  }

  async findByUid(uid: string): Promise<Payload | undefined> {
    return this.findWhere('uid', uid);
  }

  async findByUserCode(userCode: string): Promise<Payload | undefined> {
    return this.findWhere('user_code', userCode);
  }

  async consume(id: string): Promise<void> {
    const payload = this.findWhere('id', id);
    if (!payload) return;
    payload.consumed = Math.floor(Date.now() / 1000);
    this.db.run('UPDATE oidc_models SET payload = ? WHERE model = ? AND id = ?', [
      JSON.stringify(payload),
      this.model,
      id,
    ]);
  }

  async destroy(id: string): Promise<void> {
    this.db.run('DELETE FROM oidc_models WHERE model = ? AND id = ?', [this.model, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    this.db.run('DELETE FROM oidc_models WHERE model = ? AND grant_id = ?', [this.model, grantId]);
  }
}

export function createOidcAdapterFactory(db: Database): (model: string) => SqliteOidcAdapter {
  db.run('DELETE FROM oidc_models WHERE expires_at IS NOT NULL AND expires_at <= ?', [Date.now()]);
  return (model: string) => new SqliteOidcAdapter(db, model);
}
