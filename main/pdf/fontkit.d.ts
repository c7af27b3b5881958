// fontkit 2 ships no types; declare only what the layout engine uses.
declare module 'fontkit' {
  export type Glyph = { readonly advanceWidth: number };
  export type Font = {
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): unknown;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
