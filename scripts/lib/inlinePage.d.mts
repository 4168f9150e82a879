// Types for inlinePage.mjs (imported by tests/shell/inlinePage.test.ts).
export interface InlineProblem {
  code: 'NO_SCRIPT' | 'MANY_SCRIPTS' | 'NO_CHARSET' | 'EXTERNAL_REFERENCE' | 'UNSAFE_SCRIPT_TEXT';
  message: string;
}
export type InlineResult =
  { ok: true; html: string; scriptHashes: string[] } | { ok: false; problems: InlineProblem[] };
export declare function scriptHash(text: string): string;
export declare function offlinePageCsp(scriptHashes: string[]): string;
export declare function safeScriptText(
  code: string,
): { ok: true; code: string } | { ok: false; problem: InlineProblem };
export declare function inlinePage(html: string, readAsset: (path: string) => string): InlineResult;
