// Regenerates seeds/meeting-script.schema.json from the zod schema of meeting scripts.
// Run: npx tsx scripts/gen-schema.ts   (tests/shared/script.test.ts fails when it is stale)
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCRIPT_SCHEMA_PATH,
  meetingScriptJsonSchemaText,
} from '../shared/domain/script/json-schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, SCRIPT_SCHEMA_PATH), meetingScriptJsonSchemaText());
console.log(`wrote ${SCRIPT_SCHEMA_PATH}`);
