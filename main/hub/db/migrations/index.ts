// The hub's migrations, in order. Kept as TS modules rather than .sql files beside the code, so
// esbuild bundles them into the CLI and no path has to be found at run time in dist/.
import { initial } from './001_initial';
import { overviewColumns } from './002_overview_columns';

export type Migration = Readonly<{ version: string; sql: string }>;

export const migrations: readonly Migration[] = [
  { version: '001_initial', sql: initial },
  { version: '002_overview_columns', sql: overviewColumns },
];
