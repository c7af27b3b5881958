import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Reading a data folder after a meeting the way someone holding a copy of it could: every file,
// its JSON (whole or one value a line, as the journal is) or else its raw text.

export type StoredFile = Readonly<{ path: string; text: string; values: unknown[] }>;

/** Every file under `root`, with the JSON values it holds (none for a non-JSON file). */
export function readDataFolder(root: string): StoredFile[] {
  const files: StoredFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const text = readFileSync(path, 'utf8');
        files.push({ path: relative(root, path), text, values: jsonValues(text) });
      }
    }
  };
  walk(root);
  return files;
}

function jsonValues(text: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    const values: unknown[] = [];
    for (const line of text.split('\n')) {
      try {
        if (line.trim()) values.push(JSON.parse(line));
      } catch {
        // Not JSON: the raw text is still searched by the caller.
      }
    }
    return values;
  }
}

type Event = { type: string } & Record<string, unknown>;

/** The meeting's stored events: the document's, then the journal's lines past its count. */
export function storedEvents(root: string, meetingId: string): Event[] {
  const doc = JSON.parse(readFileSync(join(root, 'meetings', `${meetingId}.json`), 'utf8')) as {
    eventCount: number;
    events: Event[];
  };
  const events = [...doc.events];
  const journal = join(root, 'meetings', `${meetingId}.journal`);
  if (existsSync(journal)) {
    for (const line of readFileSync(journal, 'utf8').split('\n')) {
      // The file is kept at a preallocated size: padding follows the last line.
      if (!line.startsWith('{"seq":')) continue;
      const entry = JSON.parse(line) as { seq: number; event: Event };
      if (entry.seq > doc.eventCount) events.push(entry.event);
    }
  }
  return events;
}

export type Secret = Readonly<{
  voteId: string;
  /** Member ids and names: none may sit in one record with a choice of this vote. */
  who: readonly string[];
  /** The vote's choice keys (yes, no, abstain). */
  choices: readonly string[];
}>;

/**
 * Every record (JSON object) about the secret vote that links someone to a choice: an object
 * naming a member (a property holding an id or a name, a member id as a key, or reached through
 * one) that also holds a choice (a 'choice' property, or a choice key as a value). Aggregates
 * keyed by choice with no one in them, and lists of who voted, are fine: they link no one.
 */
export function secretLinks(value: unknown, secret: Secret, where = '$'): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string, about: boolean, viaMember: boolean) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`, about, false));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const entries = Object.entries(node as Record<string, unknown>);
    const here = about || entries.some(([key, v]) => key === 'voteId' && v === secret.voteId);
    if (here) {
      const names =
        viaMember ||
        entries.some(
          ([key, v]) =>
            secret.who.includes(key) || (typeof v === 'string' && secret.who.includes(v)),
        );
      const holds = entries.some(
        ([key, v]) =>
          key === 'choice' ||
          (typeof v === 'string' && secret.choices.includes(v) && key !== 'voteId'),
      );
      if (names && holds) found.push(`${path}: ${JSON.stringify(node).slice(0, 200)}`);
    }
    for (const [key, child] of entries) {
      const into = here || key === secret.voteId;
      visit(child, `${path}.${key}`, into, into && secret.who.includes(key));
    }
  };
  visit(value, where, false, false);
  return found;
}
