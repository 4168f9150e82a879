// functions.json from src/functions/functions.ts (custom-functions-metadata API) and its zh-CN twin.
import cfm from 'custom-functions-metadata';

/**
 * @typedef {{ code: string, message: string }} MetadataProblem
 * @typedef {{ name: string, description?: string, type: string, dimensionality?: string, optional?: boolean, repeating?: boolean }} MetadataParameter
 * @typedef {{ id: string, name: string, description?: string, parameters: MetadataParameter[], result?: { type?: string, dimensionality?: string }, options?: Record<string, boolean> }} MetadataFunction
 * @typedef {{ functions: MetadataFunction[], enums?: unknown[], allowErrorForDataTypeAny?: boolean, allowCustomDataForDataTypeAny?: boolean }} Metadata
 * @typedef {Record<string, { name?: string, description: string, parameters: Record<string, string> }>} Localization
 */

/**
 * Runs the metadata generator; any JSDoc error or an empty function list is a problem
 * (its CLI exits 0 on errors, so the build relies on this instead).
 * @param {string} functionsFile path of src/functions/functions.ts
 * @returns {Promise<{ metadata: Metadata | undefined, associate: Array<{ id: string, functionName: string }>, problems: MetadataProblem[] }>}
 */
export async function generateMetadata(functionsFile) {
  const result = await cfm.generateCustomFunctionsMetadata(functionsFile, false);
  /** @type {MetadataProblem[]} */
  const problems = result.errors.map((message) => ({ code: 'METADATA_ERROR', message }));
  /** @type {Metadata | undefined} */
  let metadata;
  try {
    metadata = result.metadataJson ? JSON.parse(result.metadataJson) : undefined;
  } catch (error) {
    problems.push({ code: 'METADATA_ERROR', message: `metadata is not JSON: ${String(error)}` });
  }
  // The generator writes no functions when it reports errors; "empty" only matters when nothing else is wrong.
  if (problems.length === 0 && (!metadata || !Array.isArray(metadata.functions) || metadata.functions.length === 0)) {
    problems.push({
      code: 'METADATA_EMPTY',
      message: `${functionsFile} yields no custom functions (exported function declarations with @customfunction?)`,
    });
  }
  return { metadata: metadata ? withRuntimeFlags(metadata) : undefined, associate: result.associate, problems };
}

/**
 * The top-level flags the declared runtime (CustomFunctionsRuntime 1.3) allows: the generator adds
 * `allowCustomDataForDataTypeAny` (data types, CustomFunctionsRuntime 1.4), which the functions do not use, so it goes;
 * `allowErrorForDataTypeAny` (1.3 error handling: "can only be used with manually created JSON metadata") comes in,
 * so a range holding an error reaches the function, which names it in a #VALUE!.
 * @param {Metadata} metadata @returns {Metadata}
 */
function withRuntimeFlags(metadata) {
  const { allowCustomDataForDataTypeAny: _dataTypes, ...rest } =
    /** @type {Metadata & { allowCustomDataForDataTypeAny?: boolean }} */ (metadata);
  return { allowErrorForDataTypeAny: true, ...rest };
}

/**
 * Builds functions.zh-cn.json: the same functions with zh-CN descriptions (and names when given).
 * Every id and parameter must be translated; extra entries are problems too.
 * @param {Metadata} metadata
 * @param {Localization} zhCn FUNCTIONS_ZH_CN from src/functions/localization.ts
 * @returns {{ metadata: Metadata, problems: MetadataProblem[] }}
 */
export function localizeMetadata(metadata, zhCn) {
  /** @type {MetadataProblem[]} */
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(zhCn)) {
    if (!ids.has(id))
      problems.push({ code: 'LOCALIZATION_UNKNOWN_ID', message: `FUNCTIONS_ZH_CN.${id} names no custom function` });
  }
  const functions = metadata.functions.map((fn) => {
    const entry = zhCn[fn.id];
    if (!entry) {
      problems.push({ code: 'LOCALIZATION_MISSING_ID', message: `FUNCTIONS_ZH_CN lacks ${fn.id}` });
      return fn;
    }
    if (!entry.description?.trim())
      problems.push({ code: 'LOCALIZATION_MISSING_TEXT', message: `FUNCTIONS_ZH_CN.${fn.id} has no description` });
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(entry.parameters ?? {})) {
      if (!names.has(name))
        problems.push({
          code: 'LOCALIZATION_UNKNOWN_PARAM',
          message: `FUNCTIONS_ZH_CN.${fn.id}.parameters.${name} names no parameter`,
        });
    }
    const parameters = fn.parameters.map((p) => {
      const text = entry.parameters?.[p.name];
      if (!text?.trim()) {
        problems.push({
          code: 'LOCALIZATION_MISSING_PARAM',
          message: `FUNCTIONS_ZH_CN.${fn.id} lacks parameter ${p.name}`,
        });
        return p;
      }
      return { ...p, description: text };
    });
    return { ...fn, name: entry.name ?? fn.name, description: entry.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}
