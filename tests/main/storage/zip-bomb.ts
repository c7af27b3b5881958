/** Writes a deflate bit stream: integers LSB first, Huffman codes MSB first (RFC 1951 3.1.1). */
class Bits {
  readonly bytes: number[] = [];
  private bit = 0;
  push(bit: number): void {
    if (this.bit % 8 === 0) this.bytes.push(0);
    if (bit) this.bytes[this.bytes.length - 1]! |= 1 << (this.bit % 8);
    this.bit++;
  }
  int(value: number, width: number): void {
    for (let i = 0; i < width; i++) this.push((value >> i) & 1);
  }
  code(bits: string): void {
    for (const bit of bits) this.push(bit === '1' ? 1 : 0);
  }
  get aligned(): boolean {
    return this.bit % 8 === 0;
  }
}

/**
 * A raw deflate stream that inflates to exactly `bytes` zeros at about 1032:1, as zip bombs do,
 * with no stored block in it (a stored block would make the old reader fail early by luck).
 * One dynamic block whose codes are: length 258 = '0', distance 1 = '0', literal 0 = '10',
 * end = '11'. So after one literal zero, every 0x00 byte is four 258-byte copies.
 */
export function zerosDeflate(bytes: number): Uint8Array {
  const out = new Bits();
  out.int(1, 1); // final block
  out.int(2, 2); // dynamic Huffman
  out.int(286 - 257, 5); // literal/length codes up to 285
  out.int(1 - 1, 5); // one distance code
  out.int(19 - 4, 4); // all 19 code-length codes (keeps the header an even number of bits)
  const clen: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const sym of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15])
    out.int(clen[sym] ?? 0, 3);
  // Code lengths: lit 0 → 2, 1..255 → 0, 256 → 2, 257..284 → 0, 285 → 1; distance 0 → 1.
  const zeros = (count: number) => {
    out.code('0'); // symbol 18: a run of 11-138 zero lengths
    out.int(count - 11, 7);
  };
  out.code('11'); // 2
  zeros(138);
  zeros(117);
  out.code('11'); // 2
  zeros(28);
  out.code('10'); // 1
  out.code('10'); // 1
  out.code('10'); // literal 0
  let produced = 1;
  while (!out.aligned) {
    out.code('00');
    produced += 258;
  }
  const body = Math.floor((bytes - produced) / 1032);
  let rest = bytes - produced - body * 1032;
  const tail = new Bits();
  for (; rest >= 258; rest -= 258) tail.code('00');
  for (; rest > 0; rest--) tail.code('10'); // literal 0
  tail.code('11'); // end of block
  const stream = new Uint8Array(out.bytes.length + body + tail.bytes.length);
  stream.set(out.bytes);
  stream.set(tail.bytes, out.bytes.length + body);
  return stream;
}

export type RawEntry = {
  name: string;
  /** Compressed bytes as they go into the zip (raw deflate for method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the local and central headers declare (a lie, for a bomb). */
  declaredSize: number;
};

/** A zip written field by field, so a test can make its headers say anything. */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(0, 14); // crc: not checked by either reader
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An archive whose meeting.json declares 100 bytes and inflates to `gib` GiB of zeros. */
export function zipBomb(gib = 4): Buffer {
  const manifest = Buffer.from('{"format":"yishiting-archive"}');
  return rawZip([
    { name: 'manifest.json', data: manifest, method: 0, declaredSize: manifest.length },
    { name: 'meeting.json', data: zerosDeflate(gib * 2 ** 30), method: 8, declaredSize: 100 },
  ]);
}
