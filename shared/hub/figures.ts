/** 867 → '86.7%': the per-mille figure the minutes print, as a percentage with one decimal. */
export function percentOfPermille(permille: number): string {
  return `${Math.floor(permille / 10)}.${permille % 10}%`;
}
