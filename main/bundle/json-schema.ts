import { z } from 'zod';
import { bundleManifestSchema } from './format';

/** Where the committed JSON Schema lives, relative to the repository root. */
export const BUNDLE_SCHEMA_PATH = 'seeds/bundle-manifest.schema.json';

/**
 * The JSON Schema of a bundle's manifest.json, generated from the zod schema so the two cannot
 * drift (tests/main/bundle/schema.test.ts compares it with the committed file).
 */
export function bundleManifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(bundleManifestSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://yishiting.example/schemas/bundle-manifest-v1.json',
    title: '议事厅会议数据包清单 / Yishiting bundle manifest (version 1)',
    description:
      "manifest.json of a meeting's signed bundle: the community, the meeting, the chain link and the SHA-256 of every file. See seeds/BUNDLE.md.",
  };
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function bundleManifestJsonSchemaText(): string {
  return `${JSON.stringify(bundleManifestJsonSchema(), null, 2)}\n`;
}
