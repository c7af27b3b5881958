import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type SeedCatalogue = Readonly<{
  list(): Promise<ReadonlyArray<{ seedId: string; title: string }>>;
  /** The raw script; the core's script schema is the gate it passes through. */
  load(seedId: string): Promise<unknown>;
}>;

const SEED_ID = /^[a-z0-9-]+$/;

/** The demo meetings shipped in seeds/ (in the repo) or in the app's resources (packaged). */
export function seedCatalogue(dir: string): SeedCatalogue {
  const read = async (seedId: string): Promise<unknown> => {
    if (!SEED_ID.test(seedId)) return null;
    try {
      return JSON.parse(await readFile(join(dir, `${seedId}.json`), 'utf8')) as unknown;
    } catch {
      return null;
    }
  };
  return {
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const seeds = [];
      for (const name of names.sort()) {
        if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
        const seedId = name.slice(0, -'.json'.length);
        const script = (await read(seedId)) as { meeting?: { title?: unknown } } | null;
        const title = typeof script?.meeting?.title === 'string' ? script.meeting.title : seedId;
        seeds.push({ seedId, title });
      }
      return seeds;
    },
    load: read,
  };
}
