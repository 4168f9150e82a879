/**
 * Small fallbacks for built-ins newer than Chromium 87 (the oldest browser we build for; ../shared/docs/REACH.md)
 * that a dependency calls: `Array.prototype.findLast`/`findLastIndex` (Chrome 97), `Array.prototype.at` and
 * `String.prototype.at` (92), `Object.hasOwn` (93), `crypto.randomUUID` (92, and secure contexts only). Each is
 * installed only when missing, non-enumerable like the real one, and follows the specification's steps for the
 * cases our code and dependencies reach. Our own code avoids them; `npm run build` scans the bundles and fails on a
 * newer built-in that has no fallback here (scripts/lib/chrome87Check.mjs).
 */

/** The built-ins this module supplies, as the build's scan names them. */
export const BUILTIN_FALLBACKS = [
  '.findLast()',
  '.findLastIndex()',
  '.at()',
  'Object.hasOwn',
  '.randomUUID()',
] as const;

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function relativeIndex(length: number, index: number): number {
  const i = Math.trunc(index) || 0;
  return i < 0 ? length + i : i;
}

function findLast<T>(
  this: ArrayLike<T>,
  predicate: (value: T, index: number, array: ArrayLike<T>) => unknown,
  thisArg?: unknown,
): T | undefined {
  for (let i = this.length - 1; i >= 0; i -= 1) if (predicate.call(thisArg, this[i] as T, i, this)) return this[i];
  return undefined;
}

function findLastIndex<T>(
  this: ArrayLike<T>,
  predicate: (value: T, index: number, array: ArrayLike<T>) => unknown,
  thisArg?: unknown,
): number {
  for (let i = this.length - 1; i >= 0; i -= 1) if (predicate.call(thisArg, this[i] as T, i, this)) return i;
  return -1;
}

function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const i = relativeIndex(this.length, index);
  return i < 0 || i >= this.length ? undefined : this[i];
}

function stringAt(this: string, index: number): string | undefined {
  const s = String(this);
  const i = relativeIndex(s.length, index);
  return i < 0 || i >= s.length ? undefined : s.charAt(i);
}

function hasOwn(object: object, key: PropertyKey): boolean {
  if (object === null || object === undefined) throw new TypeError('Cannot convert undefined or null to object');
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A version 4 UUID from `getRandomValues` (RFC 9562 section 5.4). */
function randomUUID(this: Crypto): string {
  const b = this.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Installs every missing fallback on `scope` (globalThis in the pages, a stand-in in tests). */
export function installBuiltinFallbacks(
  scope: {
    Array: ArrayConstructor;
    String: StringConstructor;
    Object: ObjectConstructor;
    crypto?: Crypto;
  } = globalThis,
): void {
  define(scope.Array.prototype, 'findLast', findLast);
  define(scope.Array.prototype, 'findLastIndex', findLastIndex);
  define(scope.Array.prototype, 'at', at);
  define(scope.String.prototype, 'at', stringAt);
  define(scope.Object, 'hasOwn', hasOwn);
  const crypto = scope.crypto;
  if (crypto && typeof crypto.getRandomValues === 'function')
    define(Object.getPrototypeOf(crypto) as object, 'randomUUID', randomUUID);
}

installBuiltinFallbacks();
