// A minimal DER reader for CMS signatures: tags, lengths and exact byte offsets. forge's ASN.1
// parser re-encodes what it reads, but verifying a signature needs the signed attributes exactly
// as they were signed, so the bytes are taken straight from the input.

/** One tag-length-value element; `start`..`end` covers the whole element, header included. */
export type Tlv = Readonly<{ tag: number; start: number; contentStart: number; end: number }>;

/** Reads the element at `offset`. Throws on truncated input or indefinite length (not DER). */
export function readTlv(der: Uint8Array, offset: number): Tlv {
  const tag = der[offset];
  let lengthByte = der[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new Error('DER: truncated');
  if ((tag & 0x1f) === 0x1f) throw new Error('DER: multi-byte tags are not used in CMS');
  let pos = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new Error('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = der[pos++];
      if (lengthByte === undefined) throw new Error('DER: truncated');
      length = length * 256 + lengthByte;
    }
  }
  const end = pos + length;
  if (end > der.length) throw new Error('DER: truncated');
  return { tag, start: offset, contentStart: pos, end };
}

/** The elements inside a constructed element. */
export function childrenOf(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let pos = parent.contentStart;
  while (pos < parent.end) {
    const child = readTlv(der, pos);
    out.push(child);
    pos = child.end;
  }
  return out;
}

/** The content bytes of an element. */
export function contentOf(der: Uint8Array, tlv: Tlv): Uint8Array {
  return der.subarray(tlv.contentStart, tlv.end);
}

/** Dotted form of an OBJECT IDENTIFIER's content. */
export function decodeOid(bytes: Uint8Array): string {
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0)
        parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** UTCTime (tag 0x17) or GeneralizedTime (0x18) as a Date. */
export function decodeTime(tag: number, bytes: Uint8Array): Date | null {
  const text = Buffer.from(bytes).toString('latin1');
  const match =
    tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text);
  if (!match) return null;
  let year = Number(match[1]);
  if (tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(
    Date.UTC(
      year,
      Number(match[2]) - 1,
      Number(match[3]),
      Number(match[4]),
      Number(match[5]),
      Number(match[6] ?? 0),
    ),
  );
}
