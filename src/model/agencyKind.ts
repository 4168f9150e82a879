/**
 * What a name in a responsible-units cell stands for: one unit that can receive a report file, a group of
 * units (its members, when the coordinator lists them), or no one in particular.
 */
import { cleanAgencyName } from './normalizeAgency';

/** `unit`: 市财政局 · `group`: 各县区人民政府, 各乡镇 · `unspecified`: 有关部门, 市级各行业主管部门. */
export type AgencyKind = 'unit' | 'group' | 'unspecified';

/** A level word that may stand before 各 / 有关 without naming anyone: 市级有关部门, 全市各乡镇. */
const LEVEL_PREFIX = '(?:全市|全省|全县|全区|市级|省级|县级|区级|市直|省直|县直|区直|市|省|县|区)?';
/** 有关 / 相关 / 其他 (after an optional level word and 各): whoever the task concerns, not named. */
const UNSPECIFIED_RE = new RegExp('^' + LEVEL_PREFIX + '各?(?:有关|相关|其他|其它)');
/** 主管部门 without a named field (`行业主管部门`, `各主管部门`): whichever authority the matter belongs to. */
const UNSPECIFIED_AUTHORITY_RE = new RegExp('^' + LEVEL_PREFIX + '各?(?:行业)?主管(?:部门|单位)$');
/** Bare nouns that name no one: `部门`, `单位`, `责任单位`. */
const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  '部门',
  '单位',
  '责任单位',
  '牵头单位',
  '配合单位',
  '成员单位',
  '有关方面',
  '相关方面',
]);
/** 各… (after an optional level word): every member of a set — 各县区人民政府, 各乡镇, 各成员单位, 市级各部门. */
const GROUP_EACH_RE = new RegExp('^' + LEVEL_PREFIX + '各');
/** A level of territory written as a plural without 各: `县区人民政府`, `乡镇（街道）`, `县（市、区）政府`. */
const GROUP_TERRITORY_RE =
  /^(?:县区|区县|县市区|县（市、区）|县（区）|区（县）|乡镇|镇街|镇（街道）|乡（镇）|乡镇（街道）|街道（乡镇）)/;

/**
 * The kind of an agency name, from its morphology: 有关 / 相关 / 其他 and 行业主管部门 name no one in particular;
 * 各… and plural territory levels (县区, 乡镇) name a group; anything else is one unit.
 * @example agencyKind('市财政局') // 'unit'
 * @example agencyKind('各县区人民政府') // 'group'
 * @example agencyKind('市级各行业主管部门') // 'unspecified'
 */
export function agencyKind(name: string): AgencyKind {
  const cleaned = cleanAgencyName(name);
  if (cleaned === '' || GENERIC_NOUNS.has(cleaned)) return 'unspecified';
  if (UNSPECIFIED_RE.test(cleaned) || UNSPECIFIED_AUTHORITY_RE.test(cleaned)) return 'unspecified';
  if (GROUP_EACH_RE.test(cleaned) || GROUP_TERRITORY_RE.test(cleaned)) return 'group';
  return 'unit';
}
