/**
 * `Object.fromEntries` for ES2017 engines: the custom functions run in a runtime whose engine Microsoft does not
 * document, so code they reach avoids ES2019 built-ins. Each key becomes an own data property, as with
 * `Object.fromEntries` (so `__proto__` is a key like any other, never the prototype); a later pair wins.
 */

/**
 * A record of `[key, value]` pairs.
 * @example
 * recordFromPairs([['市政府', '市人民政府'], ['市人社局', '市人力资源和社会保障局']]) // { 市政府: '市人民政府', 市人社局: '市人力资源和社会保障局' }
 */
export function recordFromPairs<V>(pairs: Iterable<readonly [string, V]>): Record<string, V> {
  const record: Record<string, V> = {};
  for (const [key, value] of pairs)
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  return record;
}
