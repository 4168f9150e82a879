import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { installBuiltinFallbacks } from '../../../src/taskpane/app/installBuiltinFallbacks';

interface Realm {
  Array: ArrayConstructor;
  String: StringConstructor;
  Object: ObjectConstructor;
  crypto?: Crypto;
}

/** A fresh realm (its own Array, String, Object) with the newer built-ins removed, as in Chromium 87. */
function oldRealm(): Realm {
  return runInNewContext(`
    delete Array.prototype.findLast; delete Array.prototype.findLastIndex; delete Array.prototype.at;
    delete String.prototype.at; delete Object.hasOwn;
    ({ Array, String, Object })`) as Realm;
}

describe('installBuiltinFallbacks', () => {
  it('supplies findLast, findLastIndex, at, String at and Object.hasOwn where they are missing', () => {
    const realm = oldRealm();
    installBuiltinFallbacks(realm);
    const xs = realm.Array.from([1, 4, 2, 5, 3]);
    expect(xs.findLast((x) => x % 2 === 0)).toBe(2);
    expect(xs.findLastIndex((x) => x > 3)).toBe(3);
    expect(xs.findLastIndex((x) => x > 9)).toBe(-1);
    expect([xs.at(-1), xs.at(0), xs.at(5), xs.at(-6)]).toEqual([3, 1, undefined, undefined]);
    expect(realm.String.prototype.at.call('台账', -1)).toBe('账');
    expect(realm.Object.hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(realm.Object.hasOwn(Object.create({ a: 1 }) as object, 'a')).toBe(false);
    expect(Object.keys(realm.Array.prototype)).toEqual([]); // non-enumerable, as the real ones
  });

  it('leaves a built-in that exists alone', () => {
    const realm = runInNewContext('({ Array, String, Object })') as Realm;
    const own = realm.Array.prototype.findLast;
    installBuiltinFallbacks(realm);
    expect(realm.Array.prototype.findLast).toBe(own);
  });

  it('gives crypto a randomUUID (version 4, variant 10) built on getRandomValues', () => {
    const bytes = [0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0x00];
    const fakeCrypto = Object.create({
      getRandomValues(target: Uint8Array) {
        target.set(bytes);
        return target;
      },
    }) as Crypto;
    installBuiltinFallbacks({ ...oldRealm(), crypto: fakeCrypto });
    expect(fakeCrypto.randomUUID()).toBe('ffeeddcc-bbaa-4988-b766-554433221100');
  });
});
