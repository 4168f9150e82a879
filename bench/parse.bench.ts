// Measures parseTaskTable on synthetic tables of 1,000 and 10,000 tasks in the seed layout and
// checks that time grows linearly: exits 1 when 10k/1k exceeds 12 (10 is linear).
import { parseTaskTable } from '../src/model/parseTaskTable';

const TEXTS = [
  '科学合理设置专业，健全专业随产业发展动态调整机制，建立工学结合、产教融合的人才培养模式。',
  '实施中高职衔接推进计划，加强对职业学校学生的文化基础教育和技能教育。',
  '提高职业教育信息化水平，实施职业院校信息化建设计划。',
  '健全职业院校毕业生保障政策，支持符合条件的职业院校设立职业技能鉴定所（站）。',
  '完善职业教育督导评估办法，强化督导评估，积极支持第三方机构开展评估。',
];
const UNITS = [
  '市教育局、市人力资源和社会保障局',
  '市教育局牵头，市发展改革委、市财政局、市人力资源和社会保障局等配合',
  '市人力资和源社会保障局牵头，市教育局、市发展改革委、市财政局、市农业局、市扶贫和移民局、市残联等配合',
  '市和县区人民政府，市教育局、市人力资源和社会保障局',
  '市财政局牵头，市发展改革委、市教育局等部门和各县区人民政府配合',
  '各县区人民政府和市级有关部门',
];
const SCHEDULES = [
  '持续实施',
  '2015年底前出台具体措施',
  '2016年8月底前出台具体措施',
  '2016年6月30日前',
  '2017年第一季度',
  '2015年8月底前出台具体政策。持续实施。',
  '2016年9月前',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function buildTable(tasks: number): string {
  const lines = ['附件', '', '重点任务分工及进度安排表', '', '\t序号', '\t工作任务', '\t负责单位', '\t时间进度', ''];
  const perSection = Math.ceil(tasks / 10);
  for (let no = 1; no <= tasks; no += 1) {
    if ((no - 1) % perSection === 0)
      lines.push(
        `\t${NUMERALS[Math.floor((no - 1) / perSection)] ?? '十'}、第${Math.floor((no - 1) / perSection) + 1}部分任务`,
        '',
      );
    const text = `${TEXTS[no % TEXTS.length] ?? ''}（第${no}项）`;
    lines.push(
      `\t${no}`,
      `\t${text}`,
      `\t${UNITS[(no * 7) % UNITS.length] ?? ''}`,
      `\t${SCHEDULES[(no * 3) % SCHEDULES.length] ?? ''}`,
      '',
    );
  }
  return lines.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const small = buildTable(1_000);
const large = buildTable(10_000);
const gc = (globalThis as { gc?: () => void }).gc;

function time(text: string, expected: number): number {
  const started = performance.now();
  const table = parseTaskTable(text);
  const elapsed = performance.now() - started;
  if (table.tasks.length !== expected) throw new Error(`expected ${expected} tasks, got ${table.tasks.length}`);
  return elapsed;
}

for (let i = 0; i < 3; i += 1) {
  time(small, 1_000);
  time(large, 10_000);
}
const smallTimes: number[] = [];
const largeTimes: number[] = [];
for (let round = 0; round < 7; round += 1) {
  // Interleaved, so that a burst of load on the machine hits both sizes alike; a full GC between
  // rounds only, since a GC right before a short run leaves it paying for the sweep.
  gc?.();
  let total = 0;
  for (let k = 0; k < 5; k += 1) total += time(small, 1_000);
  smallTimes.push(total / 5);
  largeTimes.push(time(large, 10_000));
}
const smallMs = median(smallTimes);
const largeMs = median(largeTimes);
const ratio = largeMs / smallMs;
console.log(`parseTaskTable  1,000 tasks: ${smallMs.toFixed(1)} ms (${((smallMs / 1_000) * 1000).toFixed(1)} µs/task)`);
console.log(
  `parseTaskTable 10,000 tasks: ${largeMs.toFixed(1)} ms (${((largeMs / 10_000) * 1000).toFixed(1)} µs/task)`,
);
console.log(`ratio 10k/1k: ${ratio.toFixed(2)} (linear = 10, limit 12)`);
if (!(ratio <= 12)) {
  console.error('parse.bench: growth is worse than linear');
  process.exit(1);
}
