/**
 * A hash table from 53-bit line hashes to sketches, for the builder: open
 * addressing over a Float64Array of keys and an array of values. A Map keeps a
 * heap number per key and an entry object per slot (about 180 bytes a line,
 * measured); this keeps 16 to 32 bytes a line, which is what lets a build over a
 * million documents stay well under 300 MB.
 */
export interface LineMap<V> extends Iterable<[number, V]> {
  get(h: number): V | undefined;
  readonly size: number;
  keys(): IterableIterator<number>;
}

const EMPTY = -1;
const TWO32 = 4294967296;

export class LineTable<V> implements LineMap<V> {
  private keysArr: Float64Array;
  private vals: (V | undefined)[];
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keysArr = new Float64Array(cap).fill(EMPTY);
    this.vals = new Array<V | undefined>(cap);
    this.mask = cap - 1;
  }

  private slot(h: number): number {
    let i = (h % TWO32) & this.mask;
    for (;;) {
      const k = this.keysArr[i]!;
      if (k === h || k === EMPTY) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(h: number): V | undefined {
    const i = this.slot(h);
    return this.keysArr[i] === h ? this.vals[i] : undefined;
  }

  set(h: number, v: V): void {
    const i = this.slot(h);
    if (this.keysArr[i] !== h) {
      this.keysArr[i] = h;
      this.size++;
    }
    this.vals[i] = v;
    if (this.size * 10 > this.keysArr.length * 6) this.resize(this.keysArr.length * 2);
  }

  private resize(cap: number): void {
    const ok = this.keysArr;
    const ov = this.vals;
    this.keysArr = new Float64Array(cap).fill(EMPTY);
    this.vals = new Array<V | undefined>(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < ok.length; i++) if (ok[i] !== EMPTY) this.set(ok[i]!, ov[i]!);
  }

  /** Keeps only the entries `keep` accepts (the table is rebuilt to fit them). */
  filter(keep: (v: V) => boolean): void {
    const ok = this.keysArr;
    const ov = this.vals;
    let n = 0;
    for (let i = 0; i < ok.length; i++) if (ok[i] !== EMPTY && keep(ov[i]!)) n++;
    let cap = 16;
    while (cap * 6 < n * 10 * 2) cap *= 2;
    this.keysArr = new Float64Array(cap).fill(EMPTY);
    this.vals = new Array<V | undefined>(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < ok.length; i++) if (ok[i] !== EMPTY && keep(ov[i]!)) this.set(ok[i]!, ov[i]!);
  }

  *keys(): IterableIterator<number> {
    for (let i = 0; i < this.keysArr.length; i++) if (this.keysArr[i] !== EMPTY) yield this.keysArr[i]!;
  }

  *[Symbol.iterator](): Iterator<[number, V]> {
    for (let i = 0; i < this.keysArr.length; i++) if (this.keysArr[i] !== EMPTY) yield [this.keysArr[i]!, this.vals[i]!];
  }
}
