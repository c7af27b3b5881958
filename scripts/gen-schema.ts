// Regenerates the committed JSON Schemas from their zod schemas: seeds/meeting-script.schema.json
// (meeting scripts) and seeds/bundle-manifest.schema.json (a bundle's manifest, seeds/BUNDLE.md).
// Run: npx tsx scripts/gen-schema.ts   (tests/shared/script.test.ts and
// tests/main/bundle/schema.test.ts fail when they are stale)
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCRIPT_SCHEMA_PATH,
  meetingScriptJsonSchemaText,
} from '../shared/domain/script/json-schema';
import { BUNDLE_SCHEMA_PATH, bundleManifestJsonSchemaText } from '../main/bundle/json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [file, text] of [
  [SCRIPT_SCHEMA_PATH, meetingScriptJsonSchemaText()],
  [BUNDLE_SCHEMA_PATH, bundleManifestJsonSchemaText()],
] as const) {
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
