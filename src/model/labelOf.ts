/**
 * Label lines of numbered-paragraph layouts (`牵头单位：市住建局`, `完成时限：2025年底前`,
 * `牵头负责领导：张华。`) and bracketed label lists (`(责任单位:X;完成时限:Y)`), by vocabulary.
 */

/** What a label introduces. */
export type LabelKind = 'lead' | 'support' | 'responsible' | 'schedule' | 'leader' | 'division';

export interface Label {
  kind: LabelKind;
  value: string;
}

const VOCABULARY: readonly (readonly [LabelKind, readonly string[]])[] = [
  [
    'leader',
    [
      '牵头负责领导',
      '牵头市领导',
      '牵头省领导',
      '牵头县领导',
      '牵头区领导',
      '分管市领导',
      '分管省领导',
      '分管县领导',
      '分管区领导',
      '牵头领导',
      '责任领导',
      '分管领导',
      '联系领导',
      '包抓领导',
      '项目责任人',
      '责任人',
    ],
  ],
  [
    'lead',
    [
      '牵头责任单位',
      '主要责任单位',
      '牵头科室（单位）',
      '牵头科室(单位)',
      '牵头科室',
      '牵头处室',
      '牵头单位',
      '牵头部门',
      '主办单位',
      '主责单位',
      '主办部门',
      '牵头',
    ],
  ],
  [
    'support',
    [
      '协同责任单位',
      '协同配合单位',
      '配合责任单位',
      '配合单位',
      '配合部门',
      '协办单位',
      '协同单位',
      '协作单位',
      '协助单位',
      '参与单位',
      '参加单位',
      '配合',
      '协同',
      '参与',
    ],
  ],
  ['responsible', ['责任单位', '责任部门', '承办单位', '负责单位', '实施单位', '落实单位', '责任主体']],
  [
    'schedule',
    [
      '完成时限',
      '完成时间',
      '时间进度',
      '时限要求',
      '进度安排',
      '时间节点',
      '完成期限',
      '时间安排',
      '办结时限',
      '办理时限',
      '办结时间',
      '办理时间',
      '时限',
    ],
  ],
  ['division', ['部门分工', '责任分工']],
];

const WORDS = VOCABULARY.flatMap(([, words]) => words).sort((a, b) => b.length - a.length);
const KIND_OF = new Map<string, LabelKind>(VOCABULARY.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
/** A label word followed by a colon, at the start of a part. */
const LABEL_RE = new RegExp(`^\\s{0,3}(${WORDS.map((w) => w.replace(/[()]/g, '\\$&')).join('|')})\\s{0,3}[:：]\\s*`);
/** Where one label ends and the next begins: `;`, or a comma right before a label word (`牵头单位:X,责任单位:Y`). */
const PART_SPLIT_RE = new RegExp(
  `[;；\\n]|[，,](?=\\s{0,3}(?:${WORDS.map((w) => w.replace(/[()]/g, '\\$&')).join('|')})\\s{0,3}[:：])`,
);
const OPENERS = '(（[［【〔';
const CLOSERS = ')）]］】〕';
const EDGE_RE = /^[\s;；。.，,]+|[\s;；。.，,]+$/g;

function labelAt(part: string): Label | null {
  const m = LABEL_RE.exec(part);
  if (!m) return null;
  const kind = KIND_OF.get(m[1] ?? '');
  if (kind === undefined) return null;
  return { kind, value: part.slice(m[0].length).replace(EDGE_RE, '') };
}

/**
 * The labels a line holds: one for `牵头单位：X`, several for `(牵头单位:X;完成时限:Y)`; empty when the
 * line is not a label line.
 * @example labelsOf('(责任单位:市住建局;完成时限:2025年5月底前)') // [{ kind: 'responsible', value: '市住建局' }, { kind: 'schedule', value: '2025年5月底前' }]
 */
export function labelsOf(line: string): Label[] {
  if (typeof line !== 'string') return [];
  let t = line.trim();
  if (t.length >= 2 && OPENERS.includes(t[0] ?? '') && CLOSERS.includes(t[t.length - 1] ?? '')) t = t.slice(1, -1);
  const first = labelAt(t);
  if (!first) return [];
  const labels: Label[] = [];
  let current: Label | null = null;
  for (const part of t.split(PART_SPLIT_RE)) {
    const label = labelAt(part);
    if (label) {
      current = label;
      labels.push(label);
    } else if (current && part.trim() !== '') {
      // `责任单位:X;Y配合` without a label: the part continues the previous label.
      current.value = `${current.value}；${part.replace(EDGE_RE, '')}`;
    }
  }
  return labels;
}

/** The canonical label word of each units kind, as `analyzeUnits` reads them. */
const CANONICAL: Partial<Record<LabelKind, string>> = {
  lead: '牵头单位：',
  support: '配合单位：',
  responsible: '责任单位：',
};

/**
 * Units labels as one units text in the words `analyzeUnits` knows: with a 牵头 label a 责任单位 label
 * supports, beside a 配合单位 label it leads, alone it is a joint list.
 * @example unitsFromLabels([{ kind: 'lead', value: '市住建局' }, { kind: 'support', value: '市财政局' }]) // '牵头单位：市住建局；配合单位：市财政局'
 */
export function unitsFromLabels(labels: readonly Label[]): string {
  const parts: string[] = [];
  for (const label of labels) {
    if (label.value === '') continue;
    if (label.kind === 'division') parts.push(label.value);
    const word = CANONICAL[label.kind];
    if (word !== undefined) parts.push(`${word}${label.value}`);
  }
  return parts.join('；');
}
