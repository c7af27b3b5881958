import { z } from 'zod';
import { meetingScriptSchema } from './schema';

/** Where the committed JSON Schema lives, relative to the repository root. */
export const SCRIPT_SCHEMA_PATH = 'seeds/meeting-script.schema.json';

/**
 * The JSON Schema of a meeting script, generated from the zod schema so the two cannot drift
 * (a test compares it with the committed file). Input shape: defaults may be left out.
 */
export function meetingScriptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(meetingScriptSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://yishiting.example/schemas/meeting-script-v1.json',
    title: '议事厅会议脚本 / Yishiting meeting script (version 1)',
    description:
      'A meeting (details, roster, agenda) and a list of timestamped commands. See seeds/README.md.',
  };
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function meetingScriptJsonSchemaText(): string {
  return `${JSON.stringify(meetingScriptJsonSchema(), null, 2)}\n`;
}
