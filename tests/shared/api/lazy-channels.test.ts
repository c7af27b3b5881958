import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pushChannels, requestChannels } from '../../../shared/api';
import { lazySchema, lazyTable } from '../../../shared/lazy';
import { followupRequests, followupResponses } from '../../../shared/followup/api';

describe('lazyTable', () => {
  it('builds an entry when it is first read, once, and keeps every key visible', () => {
    const built: string[] = [];
    const table = lazyTable({
      a: () => {
        built.push('a');
        return { name: 'a' };
      },
      b: () => {
        built.push('b');
        return { name: 'b' };
      },
    });
    expect(built).toEqual([]);
    expect(Object.keys(table)).toEqual(['a', 'b']);
    expect(Object.hasOwn(table, 'b') && 'a' in table).toBe(true);
    expect(built).toEqual([]);
    const first = table.a;
    expect(table.a).toBe(first);
    expect(built).toEqual(['a']);
    expect(Object.isFrozen(table)).toBe(true);
  });
});

describe('lazySchema', () => {
  it('builds the schema on first use, then parses, composes and checks like it', () => {
    let builds = 0;
    const point = lazySchema(() => {
      builds += 1;
      return z.object({ x: z.number().int(), y: z.number().int() });
    });
    expect(builds).toBe(0);
    expect(point.safeParse({ x: 1, y: 2 }).success).toBe(true);
    expect(point.safeParse({ x: 1.5, y: 2 }).success).toBe(false);
    expect(point instanceof z.ZodObject).toBe(true);
    expect(Object.keys(point.shape)).toEqual(['x', 'y']);
    const line = z.object({ from: point, to: point.nullable() });
    expect(line.parse({ from: { x: 0, y: 0 }, to: null })).toEqual({
      from: { x: 0, y: 0 },
      to: null,
    });
    expect(line.safeParse({ from: { x: 0 }, to: null }).success).toBe(false);
    expect(builds).toBe(1);
  });
});

// The console's first screen loads this module; building the zod schemas of every channel then
// cost it tens of milliseconds. Each channel's schemas are built when the channel is first used.
describe('the channel tables', () => {
  const tables = { requestChannels, pushChannels, followupRequests, followupResponses };
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every entry is built on first use`, () => {
      expect(Object.keys(table).length).toBeGreaterThan(3);
      for (const key of Object.keys(table)) {
        const descriptor = Object.getOwnPropertyDescriptor(table, key);
        expect(descriptor?.get, `${name}['${key}']`).toBeTypeOf('function');
      }
    });
  }

  it('still parses requests as before', () => {
    expect(requestChannels['meetings/list'].request.safeParse({}).success).toBe(true);
    expect(requestChannels['meetings/list'].request.safeParse({ extra: 1 }).success).toBe(false);
    expect(requestChannels['meeting/open'].request.safeParse({ meetingId: 'a b' }).success).toBe(
      false,
    );
    expect(requestChannels['meeting/open'].roles).toEqual(['chair']);
    expect(pushChannels['projector/view'].roles).toEqual(['projector', 'lan', 'participant']);
    expect(followupRequests['followup/state'].safeParse({}).success).toBe(true);
  });
});
