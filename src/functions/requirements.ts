/**
 * The CustomFunctionsRuntime requirement set the functions need: `CustomFunctions.Error` with a message is 1.2
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets). Error
 * codes are passed as their string values (`'#VALUE!'`), not the `CustomFunctions.ErrorCode` enum, whose members
 * are tagged 1.3. The manifest generator and `npm run validate` read this constant (keep it a plain string literal on one line).
 */
export const CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT = '1.2';
