import { type Tally } from '../rules';

/** `total` minus `part`, key by key and measure by measure (the chair's share of a closed vote). */
export function subtractCounts(
  total: Readonly<Record<string, Tally>>,
  part: Readonly<Record<string, Tally>>,
): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const [key, t] of Object.entries(total)) {
    const p = part[key];
    out[key] = p
      ? { heads: t.heads - p.heads, households: t.households - p.households, area: t.area - p.area }
      : t;
  }
  return out;
}
