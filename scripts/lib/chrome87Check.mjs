// Does a built script run in Chromium 87 (the oldest browser on the desks we build for; ../shared/docs/REACH.md)?
// Parsed with acorn: syntax Chromium 87 cannot parse is an error; built-ins it lacks are listed, so the build can
// check that each has a fallback (src/ledgerPage/installBuiltinFallbacks.ts).
// Versions from MDN's browser-compat-data: class static blocks 94, `#x in obj` 91, top-level await 89, regex flag d 90;
// Array.prototype.at / String.prototype.at 92, Object.hasOwn 93, Error cause 93, crypto.randomUUID 92,
// structuredClone 98, Array.prototype.findLast / findLastIndex 97.
import { parse } from 'acorn';

/** @typedef {{ code: 'SYNTAX', message: string }} Chrome87SyntaxProblem */

/** Prototype methods (called as `x.name(…)`) and statics newer than Chromium 87. */
const NEWER_METHODS = new Set([
  'at',
  'findLast',
  'findLastIndex',
  'randomUUID',
  'toSorted',
  'toReversed',
  'toSpliced',
  'with',
]);
const NEWER_STATICS = new Set([
  'Object.hasOwn',
  'Object.groupBy',
  'Map.groupBy',
  'Promise.withResolvers',
  'Array.fromAsync',
]);
const NEWER_GLOBALS = new Set(['structuredClone']);

/**
 * @param {string} source a script (or an ES module when `module` is true)
 * @param {{ module?: boolean }} [options]
 * @returns {{ syntax: Chrome87SyntaxProblem[], builtins: Map<string, number> }} built-ins by name (`.findLast()`,
 *   `Object.hasOwn`) with the number of places that use them
 */
export function chrome87Problems(source, options = {}) {
  /** @type {Chrome87SyntaxProblem[]} */
  const syntax = [];
  /** @type {Map<string, number>} */
  const builtins = new Map();
  /** @type {import('acorn').Node} */
  let ast;
  try {
    ast = parse(source, {
      ecmaVersion: 'latest',
      sourceType: options.module ? 'module' : 'script',
      allowAwaitOutsideFunction: false,
    });
  } catch (error) {
    syntax.push({ code: 'SYNTAX', message: error instanceof Error ? error.message : String(error) });
    return { syntax, builtins };
  }
  const count = (/** @type {string} */ name) => builtins.set(name, (builtins.get(name) ?? 0) + 1);
  /** @param {unknown} node */
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n =
      /** @type {{ type?: string, name?: string, start?: number, left?: { type: string }, operator?: string, regex?: { flags: string }, callee?: { type: string, object?: { type: string, name?: string }, property?: { type: string, name?: string }, computed?: boolean } }} */ (
        node
      );
    if (n.type === 'StaticBlock')
      syntax.push({ code: 'SYNTAX', message: `class static block at offset ${n.start} (Chromium 94)` });
    if (n.type === 'BinaryExpression' && n.operator === 'in' && n.left?.type === 'PrivateIdentifier')
      syntax.push({ code: 'SYNTAX', message: `#field in object at offset ${n.start} (Chromium 91)` });
    if (n.type === 'Literal' && n.regex?.flags.includes('d'))
      syntax.push({ code: 'SYNTAX', message: `regular expression flag d at offset ${n.start} (Chromium 90)` });
    if (n.type === 'Identifier' && n.name !== undefined && NEWER_GLOBALS.has(n.name)) count(n.name);
    const callee = n.type === 'CallExpression' ? n.callee : undefined;
    if (callee?.type === 'MemberExpression' && !callee.computed && callee.property?.type === 'Identifier') {
      const method = callee.property.name ?? '';
      const owner = callee.object?.type === 'Identifier' ? callee.object.name : undefined;
      if (owner !== undefined && NEWER_STATICS.has(`${owner}.${method}`)) count(`${owner}.${method}`);
      else if (NEWER_METHODS.has(method)) count(`.${method}()`);
    }
    for (const [key, value] of Object.entries(node))
      if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(ast);
  return { syntax, builtins };
}
