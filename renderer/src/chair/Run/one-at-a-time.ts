/**
 * An action that runs once at a time per key: a call for a key whose earlier call has not
 * answered yet is ignored (it resolves to null without running). A sign-in card clicked twice
 * quickly would otherwise send "sign in" twice, the second still reading the person as absent,
 * and the core would refuse it with an error on the row.
 */
export function oneAtATime<R>(
  run: (key: string) => Promise<R>,
): (key: string) => Promise<R | null> {
  const running = new Set<string>();
  return async (key) => {
    if (running.has(key)) return null;
    running.add(key);
    try {
      return await run(key);
    } finally {
      running.delete(key);
    }
  };
}
