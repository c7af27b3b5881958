// The layer rule as an allowlist, the way VS Code's import rules work: a list of forbidden names
// leaks (a built-in nobody listed, `import()` with a string, `require`, `export … from`), so each
// layer says which module specifiers it may name, and every form that names a module is checked.
import { builtinModules } from 'node:module';
import path from 'node:path';

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** True for `fs`, `fs/promises`, `node:anything`: Node's own modules, listed by Node itself. */
export function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtins.has(specifier);
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Options: `packages` (bare package names this layer may import; omitted = any package not in
 * `forbidPackages`), `builtins` (Node's own modules allowed; default no), `folders` (repo folders
 * a relative import may land in) and `message` (why, shown with every report).
 */
const importsRule = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          packages: { type: 'array', items: { type: 'string' } },
          forbidPackages: { type: 'array', items: { type: 'string' } },
          builtins: { type: 'boolean' },
          folders: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = context.options[0] ?? {};
    const cwd = context.cwd ?? process.cwd();
    const fileDir = path.dirname(context.filename);
    const why = options.message ?? 'not allowed in this layer';

    const refusal = (specifier) => {
      if (specifier.startsWith('.')) {
        const target = path
          .relative(cwd, path.resolve(fileDir, specifier))
          .split(path.sep)
          .join('/');
        const folders = options.folders ?? [];
        const inside = folders.some(
          (folder) => target === folder || target.startsWith(`${folder}/`),
        );
        return inside ? null : `'${specifier}' leaves ${folders.join(', ')}`;
      }
      if (isBuiltin(specifier)) {
        return options.builtins ? null : `'${specifier}' is a Node built-in`;
      }
      const name = packageName(specifier);
      if ((options.forbidPackages ?? []).includes(name)) return `'${specifier}' is forbidden`;
      if (options.packages && !options.packages.includes(name)) {
        return `'${specifier}' is not on this layer's list (${options.packages.join(', ')})`;
      }
      return null;
    };

    const check = (node, source) => {
      if (!source) return;
      if (source.type === 'Literal' && typeof source.value === 'string') {
        const reason = refusal(source.value);
        if (reason) context.report({ node, message: `${reason}: ${why}` });
        return;
      }
      if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
        check(node, { type: 'Literal', value: source.quasis[0].value.cooked });
        return;
      }
      context.report({ node, message: `a module named at run time cannot be checked: ${why}` });
    };

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression(node) {
        const callee = node.callee;
        const isRequire =
          (callee.type === 'Identifier' && callee.name === 'require') ||
          (callee.type === 'MemberExpression' &&
            callee.object.type === 'Identifier' &&
            callee.object.name === 'require' &&
            callee.property.name === 'resolve');
        if (isRequire) check(node, node.arguments[0]);
      },
    };
  },
};

export const layersPlugin = { rules: { imports: importsRule } };
