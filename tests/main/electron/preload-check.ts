import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import vm from 'node:vm';

export type PreloadCheck = Readonly<{
  problems: readonly string[];
  /** What the preload handed to contextBridge.exposeInMainWorld: name → its keys. */
  exposed: Readonly<Record<string, readonly string[]>>;
}>;

/** Every literal require('x') in the source, for the specifiers no run may reach. */
function requiredSpecifiers(source: string): string[] {
  return [...source.matchAll(/\brequire\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((match) => match[2]!);
}

/**
 * A sandboxed preload is a CommonJS script whose `require` knows 'electron' (and little else):
 * it must compile as a script (no top-level import or export), name no other module, and run
 * with nothing but a stand-in electron. Running it also shows what it exposes to the page.
 */
export function checkPreload(file: string, preloadDir: string): PreloadCheck {
  const problems: string[] = [];
  const exposed: Record<string, string[]> = {};
  const inside = relative(preloadDir, file);
  if (!isAbsolute(file) || inside.startsWith('..') || isAbsolute(inside)) {
    problems.push(`preload ${file} is not inside ${preloadDir}`);
  }
  if (!file.endsWith('.cjs')) problems.push(`preload ${file} is not a .cjs file`);
  if (!existsSync(file)) {
    problems.push(`preload ${file} does not exist`);
    return { problems, exposed };
  }
  const source = readFileSync(file, 'utf8');
  let script: vm.Script;
  try {
    script = new vm.Script(source, { filename: file });
  } catch (error) {
    problems.push(`preload ${file} is not a CommonJS script: ${String(error)}`);
    return { problems, exposed };
  }
  for (const specifier of requiredSpecifiers(source)) {
    if (specifier !== 'electron') problems.push(`preload ${file} requires '${specifier}'`);
  }
  const electron = {
    contextBridge: {
      exposeInMainWorld(name: string, api: Record<string, unknown>) {
        exposed[name] = Object.keys(api);
      },
    },
    ipcRenderer: { invoke() {}, send() {}, on() {}, once() {}, removeListener() {} },
  };
  const module = { exports: {} };
  try {
    script.runInNewContext({
      module,
      exports: module.exports,
      require(specifier: string) {
        if (specifier !== 'electron') throw new Error(`require('${specifier}') in a sandbox`);
        return electron;
      },
    });
  } catch (error) {
    problems.push(`preload ${file} fails with only electron to require: ${String(error)}`);
  }
  return { problems, exposed };
}
