// The page's CSP forbids eval. zod 4 probes `new Function` once, when it builds its first object
// schema, to compile faster parsers; under our CSP every probe is a reported violation on every
// load. Jitless parsing skips the probe (a little slower, which does not show at our sizes).
// zod reads its settings from this global, shared by every copy of zod on a page; it must be set
// before any chunk that builds a schema runs, so boot.ts, the page's first script, imports this
// module first (a `config()` call in main.tsx ran too late: the bundler evaluates the shared
// schema chunk before main's own code).
const page = globalThis as { __zod_globalConfig?: Record<string, unknown> };
page.__zod_globalConfig = { ...page.__zod_globalConfig, jitless: true };

export {};
