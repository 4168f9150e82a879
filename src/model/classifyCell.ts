/**
 * What a table cell holds, read from its content alone: a task number, a schedule, a list of
 * agencies, people, progress text or task text. Column roles are inferred from these over a whole table.
 */
import { parseScheduleInYear } from './parseSchedule';

export type CellKind = 'empty' | 'number' | 'schedule' | 'agencies' | 'person' | 'progress' | 'task';

const NUMBER_RE = /^(?:[(（]\s{0,2}[0-9０-９]{1,6}\s{0,2}[)）]|[0-9０-９]{1,6}\s{0,2}[.、．,，)）]?)$/;
/** Role words and list endings around agency names: `牵头`, `等配合`, `按职责分工负责` …. */
const ROLE_WORDS_RE =
  /(?:分别|共同|按职责分工|按照职责分工|按职责)?(?:牵头负责|牵头|配合落实|配合|负责|协办|参与)|等(?:有关|相关)?(?:部门|单位)?/g;
const LIST_SPLIT_RE = /[、，,；;\n\r/]+/;
/** How agency names end; a bracket note after the name (`（管委会）`) is dropped before the test. */
const AGENCY_END_RE =
  /(?:局|委|办|厅|院|府|部|会|室|所|行|处|站|队|社|中心|公司|集团|政府|单位|部门|机构|街道|乡镇|[乡镇]|团|联|馆|署|校|区|县|市)$/;
const TRAILING_NOTE_RE = /[(（][^()（）]{0,20}[)）]$/;
/** A person with a title, as leader columns write them: `何志强副市长`. */
const TITLED_PERSON_RE =
  /^[\u4e00-\u9fa5]{2,4}(?:副?(?:省|市|区|县|州|镇|乡)长|(?:副)?书记|(?:副)?主任|(?:副)?部长|(?:副)?秘书长|(?:副)?主席|(?:副)?局长|同志)$/;
/** A bare name: a common surname and one or two more characters (`李明`, `赵永刚`). */
const BARE_NAME_RE = /^[\u4e00-\u9fa5]{2,3}$/;
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
);

/** A title written before a name or in a bracket after it: `常务副县长王强`, `副市长 李明`, `孙立（副县长）`. */
const TITLE =
  '(?:[省市区县]委)?(?:常委|副?书记)|(?:常务)?副?(?:省|市|区|县|州|镇|乡)长|副?(?:主任|部长|秘书长|主席|局长|调研员)';
const TITLE_BEFORE_RE = new RegExp(`^(?:${TITLE})\\s?([\u4e00-\u9fa5]{2,3})$`);
const TITLE_AFTER_RE = new RegExp(`^([\u4e00-\u9fa5]{2,3})\\s?[（(](?:${TITLE})[)）]$`);

export function isPersonName(name: string): boolean {
  // `常务副县长` is a title alone, not `常务` holding the office.
  if (name.startsWith('常务')) return TITLE_BEFORE_RE.test(name);
  if (TITLED_PERSON_RE.test(name)) return true;
  const titled = TITLE_BEFORE_RE.exec(name) ?? TITLE_AFTER_RE.exec(name);
  const bare = titled ? (titled[1] ?? '') : name;
  return BARE_NAME_RE.test(bare) && SURNAMES.has(bare[0] ?? '');
}
const PROGRESS_RE =
  /^(?:已|正在|目前|截至|截止|累计|前[一二三]季度|上半年已|今年以来|项目已|下一步)|已(?:完成|建成|上线|开工|启动|发布|新增|引进)|正在(?:进行|施工|办理|推进)|完成率|滞后/;
/** A schedule cell is short; longer text with a date in it is a task. */
const MAX_SCHEDULE_LENGTH = 60;
const MAX_AGENCIES_LENGTH = 200;

export function isAgencyName(name: string): boolean {
  const n = name.replace(TRAILING_NOTE_RE, '').trim();
  return n.length >= 2 && n.length <= 30 && AGENCY_END_RE.test(n);
}

/**
 * Whether every name of a list (role words dropped) reads as an agency.
 * @example isAgencyList('市教育局牵头，市财政局、市人社局等配合') // true
 */
export function isAgencyList(text: string): boolean {
  if (text.length > MAX_AGENCIES_LENGTH) return false;
  const names = text
    .replace(ROLE_WORDS_RE, '、')
    .split(LIST_SPLIT_RE)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) return false;
  let agencies = 0;
  for (const name of names) if (isAgencyName(name)) agencies += 1;
  return agencies * 10 >= names.length * 8;
}

/**
 * Whether a cell names only people (`李卫东、周海燕`, `何志强副市长`), never agencies.
 * @example isPersonList('郭建平副市长、何志强副市长') // true
 */
export function isPersonList(text: string): boolean {
  // A cell of people has no sentence ending: `任务。` is text.
  if (/[。.]\s*$/.test(text)) return false;
  const names = text
    .split(LIST_SPLIT_RE)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.length > 0 && names.length <= 6 && names.every((n) => isPersonName(n) && !isAgencyName(n));
}

/**
 * The kind of content a cell holds.
 * @example classifyCell('10月底前') // 'schedule'
 */
export function classifyCell(cell: string): CellKind {
  const t = typeof cell === 'string' ? cell.trim() : '';
  if (t === '') return 'empty';
  if (NUMBER_RE.test(t)) return 'number';
  // Progress reports name dates too (`截至9月底已完成…`): their words decide first.
  if (PROGRESS_RE.test(t) && !isAgencyList(t)) return 'progress';
  if (t.length <= MAX_SCHEDULE_LENGTH) {
    // Any year will do: the question is only whether the cell names a time.
    const info = parseScheduleInYear(t, 2000);
    if ((info.recognized || info.ambiguous) && !isAgencyList(t)) return 'schedule';
  }
  if (isPersonList(t)) return 'person';
  if (isAgencyList(t)) return 'agencies';
  return 'task';
}
