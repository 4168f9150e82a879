/**
 * A letter, as a regex source an ES2017 engine understands: `\p{L}` needs ES2018 and, compiled into
 * functions.js, throws at load on an older custom-functions runtime (every TASKS.* cell would be #NAME?).
 * Covers the scripts agency names are written in: Latin, Greek, Cyrillic, CJK (with Extensions A–F as
 * surrogate pairs), kana, bopomofo and Hangul. BMP classes exclude surrogates, so the alternation never overlaps.
 */
export const LETTER_PATTERN =
  '(?:[A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u0373\\u0376\\u0377\\u037B-\\u037D\\u0386\\u0388-\\u03FF\\u0400-\\u0481\\u048A-\\u052F' +
  '\\u3005-\\u3007\\u3021-\\u3029\\u3031-\\u3035\\u3038-\\u303C\\u3041-\\u3096\\u309D-\\u309F\\u30A1-\\u30FA\\u30FC-\\u30FF\\u3105-\\u312F\\u31A0-\\u31BF\\u31F0-\\u31FF' +
  '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC]|[\\uD840-\\uD87F][\\uDC00-\\uDFFF])';
