// Does functions.js load on an ES2017 engine? The JavaScript-only custom-functions runtime is not always a current
// browser; a syntax error there turns every TASKS.* cell into #NAME?. Parsed with acorn at ecmaVersion 2017.
import { parse } from 'acorn';

/**
 * @typedef {{ code: 'ES2017_SYNTAX' | 'ES2018_REGEXP', message: string }} Es2017Problem
 */

/** @typedef {{ type: string, value?: unknown, expressions?: unknown[], quasis?: { value: { cooked?: string | null } }[] }} ArgNode */

/** A string literal or a template without substitutions (what bundlers emit), else undefined. @param {ArgNode | undefined} node */
function constantString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions?.length === 0) return node.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * Syntax newer than ES2017 (a hard failure), and `RegExp("…", "…")` calls whose pattern needs ES2018 (lookbehind,
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
    const n = /** @type {{ type?: string, callee?: { type: string, name?: string }, arguments?: ArgNode[], start?: number }} */ (node);
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee?.type === 'Identifier' && n.callee.name === 'RegExp') {
      const [patternNode, flagsNode] = n.arguments ?? [];
      const pattern = constantString(patternNode);
      if (pattern !== undefined) {
        const flagText = constantString(flagsNode) ?? '';
        const literal = `/${pattern.replace(/\\.|\//g, (m) => (m === '/' ? '\\/' : m))}/${flagText}`;
        try {
          parse(literal, { ecmaVersion: 2017 });
        } catch {
          problems.push({ code: 'ES2018_REGEXP', message: `RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flagText)}) at offset ${n.start ?? '?'} needs ES2018 and throws at load on an ES2017 engine` });
        }
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(ast);
  return problems;
}
