// The part of papaparse's API the renderer uses. @types/papaparse starts with
// `/// <reference types="node" />`, which would put all of Node's globals into the web program,
// so tsconfig.web.json maps 'papaparse' here instead (the node program still uses the real types).
declare module 'papaparse' {
  export type ParseError = Readonly<{ type: string; code: string; message: string; row?: number }>;
  export type ParseResult<T> = Readonly<{
    data: T[];
    errors: ParseError[];
    meta: Readonly<{ delimiter: string; linebreak: string; aborted: boolean; truncated: boolean }>;
  }>;
  export type ParseConfig = Readonly<{
    delimiter?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
  }>;
  const Papa: Readonly<{ parse<T>(input: string, config?: ParseConfig): ParseResult<T> }>;
  export default Papa;
}
