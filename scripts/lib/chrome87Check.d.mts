// Types for chrome87Check.mjs (imported by tests/shell/chrome87Check.test.ts).
export interface Chrome87SyntaxProblem {
  code: 'SYNTAX';
  message: string;
}
export declare function chrome87Problems(
  source: string,
  options?: { module?: boolean },
): { syntax: Chrome87SyntaxProblem[]; builtins: Map<string, number> };
