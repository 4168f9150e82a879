/**
 * The script of the JavaScript-only functions runtime (functions.html): registers TASKS.* with Excel.
 * Outside Excel (a browser preview, tests) `CustomFunctions` is absent and nothing happens.
 */
import { registerFunctions } from './associate';

if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function') {
  registerFunctions((id, fn) => CustomFunctions.associate(id, fn));
}
