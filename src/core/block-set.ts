/**
 * Sets of block indices: membership in a byte per block, the members in order.
 * A Set<number> costs tens of bytes per member and rebuilds its table as it
 * grows; a capture of half a million lines (issue 6) built several of them per
 * round. Anything with has / size / iteration (a Set<number> too) is an IndexSet.
 */
export interface IndexSet extends Iterable<number> {
  has(i: number): boolean;
  readonly size: number;
}

export class BlockSet implements IndexSet {
  private readonly member: Uint8Array;
  private readonly list: readonly number[];

  /** `indices`: distinct block indices in increasing order; `n`: blocks in the document (every index is below it). */
  constructor(indices: readonly number[], n: number) {
    this.member = new Uint8Array(n);
    for (const i of indices) this.member[i] = 1;
    this.list = indices;
  }

  has(i: number): boolean {
    return this.member[i] === 1;
  }

  get size(): number {
    return this.list.length;
  }

  [Symbol.iterator](): Iterator<number> {
    return this.list[Symbol.iterator]();
  }
}
