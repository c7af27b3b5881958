export interface Failure {
  runner: string;
  name: string;
  message: string;
}
export function vitestFailures(report: unknown, root: string): Failure[];
export function playwrightFailures(report: unknown, root: string): Failure[];
export function failureSummary(failures: Failure[], linesEach?: number): string[];
