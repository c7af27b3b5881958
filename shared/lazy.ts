/**
 * A table whose entries are built on first read and then kept. The channel tables hold a zod
 * schema pair for every channel; building them all when the module loads cost the console's first
 * screen tens of milliseconds for channels it may never call, so each is built when first used.
 * Keys stay enumerable own properties (Object.keys, Object.hasOwn and `in` see every channel).
 */
export function lazyTable<T extends Readonly<Record<string, () => unknown>>>(
  builders: T,
): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const table = {};
  for (const [key, build] of Object.entries(builders)) {
    let built: { value: unknown } | null = null;
    Object.defineProperty(table, key, {
      enumerable: true,
      get() {
        built ??= { value: build() };
        return built.value;
      },
    });
  }
  return Object.freeze(table) as { readonly [K in keyof T]: ReturnType<T[K]> };
}

/**
 * A schema (or any object) built on first use: the value stands in for `build()`'s result, so
 * `lazySchema(() => z.object(…))` parses, composes and infers like the schema itself. For the
 * large schemas that the console's first screen imports but does not parse with.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | null = null;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key, real()),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // Reported as configurable: the stand-in's own (empty) target may not claim otherwise.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    set: (_target, key, value) => Reflect.set(real(), key, value),
  });
}
