// The part of subset-font's API that scripts/ui-font.ts uses (the package ships no types).
declare module 'subset-font' {
  export type SubsetOptions = Readonly<{
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    preserveNameIds?: readonly number[];
    noLayoutClosure?: boolean;
  }>;
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Buffer>;
}
