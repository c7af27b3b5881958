// Module resolve hook (see register.mjs): the specifier 'electron' becomes the stand-in.
const standIn = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
