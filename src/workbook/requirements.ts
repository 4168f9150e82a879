/**
 * Requirements by feature. The base requirement (the manifest's `<Requirements>`, read by the manifest generator and
 * the validator: keep it a plain string literal on one line) is what the add-in cannot work without: `Range.find`
 * (ExcelApi 1.9), which finds a task's row by 序号 inside the batch that writes it, so a co-author's sort cannot put an
 * entry on another task. Everything newer is an optional feature, checked at run time with
 * `Office.context.requirements.isSetSupported` (learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements:
 * "Only use the base manifest to specify the API members that your add-in must have to be of any significant value at
 * all"), and done another way or refused naming the Excel that has it.
 * Files declare the base calls they make with `@requirement ExcelApi x.y` and optional ones with `@optional`.
 */

export const EXCEL_API_REQUIREMENT = '1.9';

/** Requirement sets an optional feature may need. */
export type RequirementSetName = 'ExcelApi' | 'CustomFunctionsRuntime' | 'OpenBrowserWindowApi';

/** Features that need more than the base requirement. */
export type OptionalFeature = 'merged-cells' | 'table-resize' | 'custom-functions' | 'browser-download';

/**
 * What each optional feature needs, and what the add-in does without it:
 * - `merged-cells`: `Range.getMergedAreasOrNullObject` fills merged cells of an adopted table; without it the adoption is refused.
 * - `table-resize`: `Table.resize` repairs an append Excel did not take into the table; without it the append is refused with where the rows are.
 * - `custom-functions`: the `TASKS.*` functions (`allowErrorForDataTypeAny` is 1.3); without them 汇总 uses Excel's own formulas.
 * - `browser-download`: `Office.context.ui.openBrowserWindow`, how Excel on Mac saves a .zip; without it the .zip is refused there.
 */
export const OPTIONAL_FEATURES: Readonly<Record<OptionalFeature, { set: RequirementSetName; version: string }>> = {
  'merged-cells': { set: 'ExcelApi', version: '1.13' },
  'table-resize': { set: 'ExcelApi', version: '1.13' },
  'custom-functions': { set: 'CustomFunctionsRuntime', version: '1.3' },
  'browser-download': { set: 'OpenBrowserWindowApi', version: '1.1' },
};

/** `Office.context.requirements.isSetSupported`, injected (tests pass their own). */
export type SupportsSet = (set: RequirementSetName, version: string) => boolean;

/** A host that supports every set (the default of operations called without a check, and of tests). */
export const SUPPORTS_ALL: SupportsSet = () => true;

/**
 * Whether the host has what `feature` needs.
 * @example
 * supportsFeature((set, version) => set === 'ExcelApi' && version <= '1.9', 'merged-cells') // false
 */
export function supportsFeature(supports: SupportsSet, feature: OptionalFeature): boolean {
  const { set, version } = OPTIONAL_FEATURES[feature];
  return supports(set, version);
}
