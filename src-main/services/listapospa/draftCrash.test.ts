import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDenuncia } from '../../../shared/domain/listapospa/sample';
import { runAndKill as runAndKillChild } from '../killedChild.test-support';
import { createDraftStore } from './draftStore';

/**
 * Kills a process many times while it autosaves a draft: every time, the draft must open and be
 * exactly one of the two versions being written, never a mix or a torn file.
 */

const WORKERS = 2000;
const KILLS = 12;
const child = new URL('./draftCrash.child.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'drafts-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Land the kill at varying points of the next save (serialise, write, fsync, rename).
const runAndKill = (afterSaves: number, extraDelayMs: number) =>
  runAndKillChild(child, [dir, String(WORKERS)], afterSaves, extraDelayMs);

describe('draft autosave under kill -9', () => {
  it(`leaves the old or the new version, ${KILLS} kills out of ${KILLS}`, async () => {
    const store = createDraftStore(dir);
    const expected = new Map<string, string>();
    for (const [label, index] of [
      ['A', 0],
      ['B', 1],
    ] as const) {
      const denuncia = sampleDenuncia(WORKERS + index);
      denuncia.azienda.ragSocAzienda = `VERSIONE ${label}`;
      expected.set(`VERSIONE ${label}`, JSON.stringify(denuncia));
    }
    await store.create('POS1', sampleDenuncia(1));
    const seen = new Set<string>();
    for (let kill = 0; kill < KILLS; kill += 1) {
      await runAndKill(1 + (kill % 3), (kill * 7) % 40);
      const draft = await store.open('POS1', '2026-01');
      const label = draft.denuncia.azienda.ragSocAzienda;
      expect(JSON.stringify(draft.denuncia)).toBe(expected.get(label));
      seen.add(label);
      expect((await store.list('POS1')).map((summary) => summary.annoMese)).toEqual(['2026-01']);
    }
    // Both versions were found at some point: the kills did land at different moments.
    expect(seen.size).toBe(2);
  }, 120_000);
});
