import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHubDb, type HubDb } from '../../../main/hub/db/pool';
import { searchTerms, searchTokens } from '../../../main/hub/search-tokens';
import { startPostgres, type PgCluster } from './postgres';

// Chinese search on PostgreSQL's 'simple' configuration over jieba's search-mode words.

let cluster: PgCluster;
let db: HubDb;

beforeAll(async () => {
  cluster = await startPostgres();
  db = openHubDb(await cluster.createDatabase());
}, 60_000);
afterAll(async () => {
  await db?.close();
  cluster?.stop();
});

const matches = async (text: string, query: string): Promise<boolean> => {
  const found = await db.query(
    `SELECT to_tsvector('simple', $1) @@ to_tsquery('simple', $2) AS hit`,
    [searchTokens(text), searchTerms(query).join(' & ')],
  );
  return found.rows[0].hit as boolean;
};

describe('searchTokens', () => {
  it('cuts in search mode: the short words inside a long one, de-duplicated, no punctuation', () => {
    const terms = searchTerms('关于建设电动自行车充电桩的决议，充电桩 2026 年 EV');
    expect(terms).toEqual(
      expect.arrayContaining(['充电', '电动', '自行车', '自行', '建设', '2026', 'ev']),
    );
    expect(terms).not.toContain('，');
    expect(new Set(terms).size).toBe(terms.length);
    expect(searchTokens('  ')).toBe('');
  });

  it('finds 充电 in a title on a real PostgreSQL, in Simplified and Traditional alike', async () => {
    expect(await matches('小区电动自行车充电桩建设', '充电')).toBe(true);
    expect(await matches('社區電動自行車充電樁建設', '充电')).toBe(true);
    expect(await matches('小区电动自行车充电桩建设', '充電 建设')).toBe(true);
    expect(await matches('楼道堆物清理', '充电')).toBe(false);
  });
});
