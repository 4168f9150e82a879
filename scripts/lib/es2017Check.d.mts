// Types for es2017Check.mjs (imported by tests/shell/es2017Check.test.ts).
export interface Es2017Problem {
  code: 'ES2017_SYNTAX' | 'ES2018_REGEXP' | 'ES2018_BUILTIN';
  message: string;
}
export declare function es2017Problems(source: string): Es2017Problem[];
