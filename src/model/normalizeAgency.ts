/**
 * Agency names as tables write them, reduced to one canonical spelling so that counts per agency
 * are right: whitespace, full-width forms, trailing 等, bracket styles, short forms and known typos.
 */
import type { AgencyAliases } from './types';
import { toHalfWidth } from './numerals';
import { recordFromPairs } from './recordFromPairs';

/** Canonical name → the other ways tables write it (short forms, old full names, the seed's typo). */
const CANONICAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  市人力资源和社会保障局: ['市人力资和源社会保障局', '市人力资源社会保障局', '市人社局', '市人力社保局'],
  市发展改革委: ['市发改委', '市发展和改革委员会', '市发展改革委员会', '市发展和改革委'],
  市经济和信息化委: ['市经信委', '市经济和信息化委员会', '市经信局', '市经济和信息化局'],
  人行广元市中心支行: [
    '人行广元中心支行',
    '人民银行广元市中心支行',
    '人民银行广元中心支行',
    '中国人民银行广元市中心支行',
    '中国人民银行广元中心支行',
  ],
  市委编办: ['市编办', '市机构编制委员会办公室', '市委机构编制委员会办公室'],
  市国资委: ['市国有资产监督管理委员会', '市政府国资委'],
  市法制办: ['市政府法制办', '市政府法制办公室', '市法制办公室'],
  市残联: ['市残疾人联合会'],
  市扶贫和移民局: ['市扶贫移民局'],
  市国土资源局: ['市国土局'],
  市地税局: ['市地方税务局'],
  市国税局: ['市国家税务局'],
  市人民政府: ['市政府'],
  // 市和县区人民政府 names the county/district governments as a whole: the same collective as 各县区人民政府.
  各县区人民政府: ['各县区政府', '各县（区）人民政府', '各县（区）政府', '县区人民政府', '县区政府'],
  市级有关部门: ['市级相关部门', '市直有关部门', '市直相关部门'],
};

/**
 * The built-in aliases (written form → canonical name); callers extend or override them.
 * Distinct agencies are never merged (市教育局 and 市教体局 stay apart; so do 市农业局 and 市农业农村局).
 */
export const BUILTIN_AGENCY_ALIASES: AgencyAliases = Object.freeze(
  recordFromPairs(
    Object.entries(CANONICAL_FORMS).reduce<[string, string][]>(
      (pairs, [canonical, forms]) => pairs.concat(forms.map((form): [string, string] => [form, canonical])),
      [],
    ),
  ),
);

/** A Map, not the record: a name such as `toString` must not find `Object.prototype`. */
const BUILTIN_LOOKUP: ReadonlyMap<string, string> = new Map(Object.entries(BUILTIN_AGENCY_ALIASES));

/** Separators and punctuation that can cling to a name cut out of a list. */
const EDGE_PUNCTUATION = new Set(['、', '，', ',', '；', ';', '：', ':', '。', '.', '/', '／', '|', '-', '—']);
/** `等`, `等部门`, `等单位`, `等有关部门`… at the end: "and others", not part of the name (longest first). */
const TRAILING_ETC = ['等有关部门', '等相关部门', '等有关单位', '等相关单位', '等部门', '等单位', '等'];
const WHITESPACE_RE = /\s+/g;
const NEEDS_REWRITE_RE = /[\uFF01-\uFF5E\u3000()\s]/;

/** Cuts edge punctuation and trailing 等 forms by index, so a long run costs linear time, not quadratic. */
function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && EDGE_PUNCTUATION.has(s[start] ?? '')) start++;
  for (;;) {
    if (end > start && EDGE_PUNCTUATION.has(s[end - 1] ?? '')) {
      end--;
      continue;
    }
    // `市农业局等等` and `X等部门、` both occur in hand-typed cells.
    const etc = TRAILING_ETC.find((form) => end - form.length >= start && s.startsWith(form, end - form.length));
    if (etc === undefined) break;
    end -= etc.length;
  }
  return s.slice(start, end);
}

/**
 * Cleans an agency name's spelling without applying aliases: trim, half-width letters and digits,
 * no spaces, no edge punctuation, no trailing `等`/`等部门`/`等单位`, brackets as `（）`.
 * @example cleanAgencyName(' 省市场监管局(省知识产权局)等 ') // '省市场监管局（省知识产权局）'
 */
export function cleanAgencyName(name: string): string {
  if (typeof name !== 'string') return '';
  // Most names need no rewriting; skipping the replaces keeps 10,000-task tables fast.
  const s = NEEDS_REWRITE_RE.test(name)
    ? toHalfWidth(name).replace(/\(/g, '（').replace(/\)/g, '）').replace(WHITESPACE_RE, '')
    : name;
  return trimEdges(s);
}

/** Caller alias tables with their keys cleaned, computed once per table object. */
const cleanedAliasCache = new WeakMap<AgencyAliases, ReadonlyMap<string, string>>(); // a memo of a pure function, not state

function cleanedAliases(aliases: AgencyAliases): ReadonlyMap<string, string> {
  const cached = cleanedAliasCache.get(aliases);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(aliases)) {
    if (typeof key !== 'string' || typeof value !== 'string') continue;
    const k = cleanAgencyName(key);
    const v = cleanAgencyName(value);
    if (k !== '' && v !== '') map.set(k, v);
  }
  cleanedAliasCache.set(aliases, map);
  return map;
}

/**
 * Returns the canonical name of an agency: the spelling is cleaned, then the caller's aliases
 * (which win) or the built-in ones are applied; a canonical name maps to itself.
 * @example normalizeAgency(' 市人社局等 ') // '市人力资源和社会保障局'
 */
export function normalizeAgency(name: string, aliases?: AgencyAliases): string {
  const cleaned = cleanAgencyName(name);
  if (cleaned === '') return '';
  if (aliases) {
    const own = cleanedAliases(aliases).get(cleaned);
    if (own !== undefined) return own;
  }
  return BUILTIN_LOOKUP.get(cleaned) ?? cleaned;
}
