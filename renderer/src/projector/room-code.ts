/** 123456 as 123 456: six digits read aloud and typed in two groups. */
export function groupCode(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * The address a person types when the QR will not scan: the join page without the room token
 * (22 random characters nobody types); that page asks for the six-digit short code instead.
 */
export function typedAddress(joinUrl: string): string {
  try {
    const url = new URL(joinUrl);
    return `${url.origin}${url.pathname}`;
  } catch {
    return joinUrl;
  }
}

/** http://192.168.1.5:5180/join as [http://, 192.168.1.5, :5180/join]: where a line may break. */
export function addressParts(address: string): string[] {
  const match = /^([a-z]+:\/\/)?([^:/]+)(.*)$/i.exec(address);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''].filter(Boolean) : [address];
}
