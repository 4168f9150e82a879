/**
 * Words only at the edge (issue #24): below the pane, problems are data (`code` + typed `params`), never sentences.
 * These `no-restricted-syntax` entries fail on a CJK string literal (or template text) inside a `throw`, inside an
 * `Error(...)` / `new XError(...)`, or as the value of a `message` property. The pane words problems in
 * src/taskpane/i18n; text written into files we hand out is made where the file is written (not as `message`).
 * Shared by eslint.config.js and tests/lint/noTextInErrors.test.ts.
 */
const CJK = '/[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]/';
const WHY =
  'No sentences below the pane (#24): return or throw a code with typed params; the pane words it per locale.';

const places = [
  'ThrowStatement',
  'NewExpression[callee.name=/Error$/]',
  'CallExpression[callee.name=/Error$/]',
  "Property[key.name='message']",
  "PropertyDefinition[key.name='message']",
];

export const noTextInErrors = places.flatMap((place) => [
  { selector: `${place} Literal[value=${CJK}]`, message: WHY },
  { selector: `${place} TemplateElement[value.raw=${CJK}]`, message: WHY },
]);

/** The folders the rule covers. */
export const NO_TEXT_IN_ERRORS_FILES = [
  'src/model/**/*.ts',
  'src/workbook/**/*.ts',
  'src/reports/**/*.ts',
  'src/ledgerCopy/**/*.ts',
  'src/documents/**/*.ts',
  'src/ledgerLayout/**/*.ts',
];
