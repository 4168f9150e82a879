// Types for functionsMetadata.mjs.
export interface MetadataProblem {
  code: string;
  message: string;
}
export interface MetadataParameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
export interface Metadata {
  functions: MetadataFunction[];
  enums?: unknown[];
  /** CustomFunctionsRuntime 1.3: errors reach `any` parameters. */
  allowErrorForDataTypeAny?: boolean;
  /** CustomFunctionsRuntime 1.4: data types; never declared here. */
  allowCustomDataForDataTypeAny?: boolean;
}
export type Localization = Record<string, { name?: string; description: string; parameters: Record<string, string> }>;
export declare function generateMetadata(functionsFile: string): Promise<{
  metadata: Metadata | undefined;
  associate: Array<{ id: string; functionName: string }>;
  problems: MetadataProblem[];
}>;
export declare function localizeMetadata(
  metadata: Metadata,
  zhCn: Localization,
): { metadata: Metadata; problems: MetadataProblem[] };
