/**
 * The CustomFunctionsRuntime requirement set the functions need: 1.3, for `allowErrorForDataTypeAny` in functions.json
 * (a range holding an error reaches the function, which answers a clear #VALUE!), documented with the 1.3 error handling
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, "Errors as custom function inputs"); 1.2 would do
 * for `CustomFunctions.Error` with a message. Microsoft's table lists 1.2 and 1.3 for the same hosts but the oldest
 * Microsoft 365 builds (1909–2007) and Mac 16.34–16.39. Error codes are passed as their string values (`'#VALUE!'`).
 * The manifest declares it inside `<VersionOverrides>` (a host without custom functions still opens the pane), and the
 * manifest generator and `npm run validate` read this constant (keep it a plain string literal on one line).
 */
export const CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT = '1.3';
