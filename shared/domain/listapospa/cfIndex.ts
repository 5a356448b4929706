/**
 * Where each codice fiscale sits in a flat list of D0, kept up to date edit by edit. The editor
 * asks it for the duplicates (rule cfLavoratoreUnico, CE012) instead of scanning every worker, so
 * changing a codice fiscale in a 50,000-worker draft costs a few map operations. It reports the
 * same D0 as the full rule: every occurrence after the first, in document order.
 */
export class CfIndex {
  private readonly positions = new Map<string, Set<number>>();
  /** Codici fiscali present in more than one D0: usually none, so reporting them is cheap. */
  private readonly duplicated = new Set<string>();
  private cfs: string[] = [];

  constructor(cfs: readonly string[] = []) {
    this.reset(cfs);
  }

  /** Rebuilds from scratch: on load, and when removing a worker shifts the following indices. */
  reset(cfs: readonly string[]): void {
    this.positions.clear();
    this.duplicated.clear();
    this.cfs = [];
    for (const cf of cfs) this.push(cf);
  }

  push(cf: string): void {
    this.cfs.push(cf);
    this.place(cf, this.cfs.length - 1);
  }

  set(index: number, cf: string): void {
    const previous = this.cfs[index];
    if (previous === undefined || previous === cf) return;
    this.unplace(previous, index);
    this.cfs[index] = cf;
    this.place(cf, index);
  }

  /** Each D0 whose codice fiscale already appears in an earlier D0, in document order. */
  duplicates(): { index: number; cf: string }[] {
    const found: { index: number; cf: string }[] = [];
    for (const cf of this.duplicated) {
      const indices = [...(this.positions.get(cf) ?? [])].sort((a, b) => a - b);
      for (const index of indices.slice(1)) found.push({ index, cf });
    }
    return found.sort((a, b) => a.index - b.index);
  }

  private place(cf: string, index: number): void {
    let at = this.positions.get(cf);
    if (!at) {
      at = new Set();
      this.positions.set(cf, at);
    }
    at.add(index);
    if (at.size > 1) this.duplicated.add(cf);
  }

  private unplace(cf: string, index: number): void {
    const at = this.positions.get(cf);
    if (!at) return;
    at.delete(index);
    if (at.size < 2) this.duplicated.delete(cf);
    if (at.size === 0) this.positions.delete(cf);
  }
}
