/**
 * Which of a document's tables reads as a key-task table: header words (序号, 工作任务, 牵头单位, 时间进度…),
 * a numbered first column, and cells that name agencies. A layout table (a letterhead, a signature block)
 * scores near zero; the user can still choose any other.
 */

export interface TableScore {
  index: number;
  score: number;
  /** Enough evidence that this is a task table (a header word, or numbered rows naming agencies). */
  looksLikeTasks: boolean;
}

const HEADER_WORDS = [
  '序号',
  '编号',
  '任务',
  '工作内容',
  '工作措施',
  '责任单位',
  '负责单位',
  '牵头单位',
  '配合单位',
  '责任部门',
  '牵头部门',
  '时间进度',
  '完成时限',
  '完成时间',
  '时限',
  '进度安排',
  '责任领导',
];
const NUMBER_RE = /^\s*[(（]?\s*[0-9０-９]{1,5}\s*[)）.、．]?\s*$/;
const AGENCY_RE = /局|委|办|政府|单位|部门|中心|牵头|配合|支行|集团|公司|学校|法院|检察院/;
const SCHEDULE_RE = /[0-9０-９]{4}\s*年|月底|季度|持续|长期|年底/;
const HEADER_ROWS = 3;

function scoreOf(grid: readonly (readonly string[])[], index: number): TableScore {
  const head = grid
    .slice(0, HEADER_ROWS)
    .flat()
    .map((c) => c.replace(/\s+/g, ''));
  const headerHits = HEADER_WORDS.filter((w) => head.some((c) => c.length <= 12 && c.includes(w))).length;
  const rows = grid.filter((r) => r.some((c) => c.trim() !== ''));
  const n = Math.max(rows.length, 1);
  const numbered = rows.filter((r) => NUMBER_RE.test(r.find((c) => c.trim() !== '') ?? '')).length / n;
  const agencies = rows.filter((r) => r.some((c) => c.length <= 200 && AGENCY_RE.test(c))).length / n;
  const schedules = rows.filter((r) => r.some((c) => c.length <= 60 && SCHEDULE_RE.test(c))).length / n;
  const width = grid[0]?.length ?? 0;
  const shape = width >= 3 && rows.length >= 2 ? 1 : 0;
  const score = shape * (Math.min(headerHits, 4) * 2 + numbered * 4 + agencies * 3 + schedules * 2 + Math.log10(n));
  return { index, score, looksLikeTasks: shape === 1 && (headerHits >= 2 || (numbered >= 0.5 && agencies >= 0.3)) };
}

/**
 * Every table scored, and the one to offer first (the highest score; the first table on a tie), or -1 when there are none.
 * @example pickTaskTable([letterhead, taskGrid]).best // 1
 */
export function pickTaskTable(grids: readonly (readonly (readonly string[])[])[]): {
  best: number;
  scores: TableScore[];
} {
  const scores = grids.map((g, i) => scoreOf(g, i));
  let best = -1;
  for (const s of scores) if (best < 0 || s.score > (scores[best]?.score ?? 0)) best = s.index;
  return { best, scores };
}
