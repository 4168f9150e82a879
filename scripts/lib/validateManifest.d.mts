// Types for validateManifest.mjs (imported by tests/shell/validateManifest.test.ts).
export interface ManifestProblem {
  code: string;
  message: string;
}
export interface ValidateOptions {
  readDistFile: (relativePath: string) => Uint8Array | undefined;
  excelApiRequirement?: string | undefined;
  customFunctionsRuntimeRequirement?: string | undefined;
  namespace?: string;
}
export declare function compareVersions(a: string, b: string): number;
export declare function validateManifest(xml: string, options: ValidateOptions): ManifestProblem[];
export declare function distReader(distDir: string): (relativePath: string) => Uint8Array | undefined;
export declare function readExcelApiRequirement(requirementsFile: string): string | undefined;
export declare function readCustomFunctionsRuntimeRequirement(file?: string): string | undefined;
export declare function manifestInfoProblems(file: string): ManifestProblem[];
