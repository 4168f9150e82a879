// src/reports knows no Office API and keeps the pane's first load small: it imports only the model, the
// ledger's layout (src/ledgerLayout) and itself statically; ExcelJS and fflate come in through dynamic import() (type-only imports are free).
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, test } from 'vitest';

const DIR = new URL('../../src/reports/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();

interface Imports {
  value: string[];
  typeOnly: string[];
  dynamic: string[];
  globals: string[];
}

function importsOf(file: string): Imports {
  const source = ts.createSourceFile(file, readFileSync(new URL(file, DIR), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Imports = { value: [], typeOnly: [], dynamic: [], globals: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      (typeOnly ? found.typeOnly : found.value).push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      (node.isTypeOnly ? found.typeOnly : found.value).push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      found.dynamic.push(arg !== undefined && ts.isStringLiteral(arg) ? arg.text : '<computed>');
    } else if (ts.isIdentifier(node) && ['Excel', 'Office', 'window', 'document', 'React'].includes(node.text)) {
      found.globals.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('src/reports has its files', () => {
  expect(FILES).toContain('index.ts');
  expect(FILES.length).toBeGreaterThan(10);
});

test.each(FILES)(
  '%s imports only the model, the ledger layout, ooxml and itself, and ExcelJS/fflate only lazily',
  (file) => {
    const found = importsOf(file);
    for (const spec of found.value)
      expect(spec, `${file}: static import of ${spec}`).toMatch(
        /^(\.\/[A-Za-z]+|\.\.\/model|\.\.\/ooxml|\.\.\/ledgerLayout\/[A-Za-z]+)$/,
      );
    for (const spec of found.typeOnly)
      expect(spec, `${file}: type import of ${spec}`).toMatch(
        /^(\.\/[A-Za-z]+|\.\.\/model|\.\.\/ooxml|\.\.\/ledgerLayout\/[A-Za-z]+|exceljs)$/,
      );
    for (const spec of found.dynamic) expect(['exceljs', 'fflate']).toContain(spec);
    expect(found.globals, `${file} names a host global`).toEqual([]);
  },
);

const OOXML_DIR = new URL('../../src/ooxml/', import.meta.url);
test.each(
  readdirSync(OOXML_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort(),
)('ooxml/%s imports only itself, and fflate only lazily', (file) => {
  const found = importsOf(`../ooxml/${file}`);
  for (const spec of [...found.value, ...found.typeOnly])
    expect(spec, `${file}: import of ${spec}`).toMatch(/^\.\/[A-Za-z]+$/);
  for (const spec of found.dynamic) expect(spec).toBe('fflate');
  expect(found.globals).toEqual([]);
});
