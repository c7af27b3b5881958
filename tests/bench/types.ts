/** One measured figure against its goal; every benchmark file returns a list of these. */
export type BenchResult = Readonly<{
  name: string;
  value: number;
  unit: string;
  goal: string;
  pass: boolean;
}>;

export type Benchmark = () => Promise<readonly BenchResult[]>;
