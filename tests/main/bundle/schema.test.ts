import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleManifestSchema } from '../../../main/bundle';
import { BUNDLE_SCHEMA_PATH, bundleManifestJsonSchemaText } from '../../../main/bundle/json-schema';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

describe('the bundle manifest JSON Schema', () => {
  it('is the zod schema, up to date (regenerate: npx tsx scripts/gen-schema.ts)', () => {
    const committed = fs.readFileSync(path.join(ROOT, BUNDLE_SCHEMA_PATH), 'utf8');
    expect(committed).toBe(bundleManifestJsonSchemaText());
    const schema = JSON.parse(committed) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(bundleManifestSchema.shape).sort(),
    );
    expect(schema.required.sort()).toEqual(Object.keys(bundleManifestSchema.shape).sort());
  });

  it('is documented field by field in seeds/BUNDLE.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'seeds', 'BUNDLE.md'), 'utf8');
    for (const field of Object.keys(bundleManifestSchema.shape))
      expect(doc).toContain(`\`${field}\``);
  });
});
