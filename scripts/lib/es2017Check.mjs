// Does functions.js load on an ES2017 engine? The JavaScript-only custom-functions runtime is not always a current
// browser; a syntax error there turns every TASKS.* cell into #NAME?. Parsed with acorn at ecmaVersion 2017.
import { parse } from 'acorn';

/**
 * @typedef {{ code: 'ES2017_SYNTAX' | 'ES2018_REGEXP' | 'ES2018_BUILTIN', message: string }} Es2017Problem
 */

/** Globals newer than ES2017: a reference fails at load (`globalThis`, `BigInt`) or at the call. */
const NEWER_GLOBALS = new Set([
  'globalThis',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'WeakRef',
  'FinalizationRegistry',
  'AggregateError',
]);
/** Static methods newer than ES2017, as `Object.fromEntries`. */
const NEWER_STATICS = new Set([
  'Object.fromEntries',
  'Object.hasOwn',
  'Promise.allSettled',
  'Promise.any',
  'Array.fromAsync',
  'Object.groupBy',
  'Map.groupBy',
  'Promise.withResolvers',
]);
/**
 * Prototype methods newer than ES2017, called as `x.name(…)`: ES2018 `finally`; ES2019 `flat`, `flatMap`, `trimStart`,
 * `trimEnd`; ES2020 `matchAll`; ES2021 `replaceAll`; ES2022 `at`; ES2023 `findLast`, `findLastIndex`, `toSorted`,
 * `toReversed`, `toSpliced`, `with`. A name the bundle also defines itself is reported too: rename it.
 */
const NEWER_METHODS = new Set([
  'finally',
  'flat',
  'flatMap',
  'trimStart',
  'trimEnd',
  'matchAll',
  'replaceAll',
  'at',
  'findLast',
  'findLastIndex',
  'toSorted',
  'toReversed',
  'toSpliced',
  'with',
]);

/** @typedef {{ type: string, value?: unknown, expressions?: unknown[], quasis?: { value: { cooked?: string | null } }[] }} ArgNode */

/** A string literal or a template without substitutions (what bundlers emit), else undefined. @param {ArgNode | undefined} node */
function constantString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions?.length === 0)
    return node.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The newer built-in a node names: an identifier of `NEWER_GLOBALS`, or a call of a `NEWER_STATICS` / `NEWER_METHODS` member.
 * @param {{ type?: string, name?: string, callee?: { type: string, object?: { type: string, name?: string }, property?: { type: string, name?: string }, computed?: boolean } }} n
 * @returns {string | undefined}
 */
function newerBuiltin(n) {
  if (n.type === 'Identifier' && n.name !== undefined && NEWER_GLOBALS.has(n.name)) return n.name;
  const callee = n.type === 'CallExpression' ? n.callee : undefined;
  if (callee?.type !== 'MemberExpression' || callee.computed || callee.property?.type !== 'Identifier')
    return undefined;
  const method = callee.property.name ?? '';
  const owner = callee.object?.type === 'Identifier' ? callee.object.name : undefined;
  if (owner !== undefined && NEWER_STATICS.has(`${owner}.${method}`)) return `${owner}.${method}`;
  return NEWER_METHODS.has(method) ? `.${method}()` : undefined;
}

/**
 * Syntax newer than ES2017 (a hard failure), built-ins newer than ES2017 (globals, static and prototype methods), and `RegExp("…", "…")` calls whose pattern needs ES2018 (lookbehind,
 * `\p{…}`, named groups, the `s` flag): bundlers lower regex literals to such calls, which then throw at load.
 * @param {string} source @returns {Es2017Problem[]}
 */
export function es2017Problems(source) {
  /** @type {Es2017Problem[]} */
  const problems = [];
  /** @type {import('acorn').Node} */
  let ast;
  try {
    ast = parse(source, { ecmaVersion: 2017, sourceType: 'script' });
  } catch (error) {
    problems.push({ code: 'ES2017_SYNTAX', message: error instanceof Error ? error.message : String(error) });
    return problems;
  }
  /** @param {unknown} node */
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n =
      /** @type {{ type?: string, name?: string, callee?: { type: string, name?: string, object?: { type: string, name?: string }, property?: { type: string, name?: string }, computed?: boolean }, arguments?: ArgNode[], start?: number }} */ (
        node
      );
    const builtin = newerBuiltin(n);
    if (builtin)
      problems.push({
        code: 'ES2018_BUILTIN',
        message: `${builtin} at offset ${n.start ?? '?'} is newer than ES2017 (missing on an ES2017 engine)`,
      });
    if (
      (n.type === 'NewExpression' || n.type === 'CallExpression') &&
      n.callee?.type === 'Identifier' &&
      n.callee.name === 'RegExp'
    ) {
      const [patternNode, flagsNode] = n.arguments ?? [];
      const pattern = constantString(patternNode);
      if (pattern !== undefined) {
        const flagText = constantString(flagsNode) ?? '';
        const literal = `/${pattern.replace(/\\.|\//g, (m) => (m === '/' ? '\\/' : m))}/${flagText}`;
        try {
          parse(literal, { ecmaVersion: 2017 });
        } catch {
          problems.push({
            code: 'ES2018_REGEXP',
            message: `RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flagText)}) at offset ${n.start ?? '?'} needs ES2018 and throws at load on an ES2017 engine`,
          });
        }
      }
    }
    for (const [key, value] of Object.entries(node))
      if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(ast);
  return problems;
}
