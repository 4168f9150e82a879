import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { buildLedgerCopy, type LedgerCopyRequest } from '../../src/ledgerCopy';
import { copyRequest, ledgerOf, seedLedger, syntheticLedger } from './ledgerFixtures';
import { readXlsx, valueAt, type XBook } from './readXlsx';

const AS_OF = '2015-12-28';

async function build(request: LedgerCopyRequest): Promise<Uint8Array> {
  const result = await buildLedgerCopy(request);
  if (!result.ok) throw new Error(result.problem.code);
  return result.bytes;
}

async function seedCopy(
  extra: Partial<LedgerCopyRequest> = {},
): Promise<{ book: XBook; bytes: Uint8Array; request: LedgerCopyRequest }> {
  const request = copyRequest(seedLedger(AS_OF), AS_OF, extra);
  const bytes = await build(request);
  return { book: readXlsx(bytes), bytes, request };
}

describe('buildLedgerCopy: the workbook', () => {
  it('has 汇总, 任务台账 and 进展记录, in that order, and names 截至日期 and 预警天数 on 汇总', async () => {
    const { book, bytes } = await seedCopy();
    expect(book.sheets.map((s) => s.name)).toEqual(['汇总', '任务台账', '进展记录']);
    expect(book.definedNames.get('截至日期')).toBe("'汇总'!$B$2");
    expect(book.definedNames.get('预警天数')).toBe("'汇总'!$B$3");
    // Every program recomputes on open: no stale numbers are stored.
    expect(bytes.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(book.files['xl/workbook.xml'])).toContain('fullCalcOnLoad="1"');
  });

  it('writes the fixed as-of day as a date, or =TODAY() when the pane judges from today', async () => {
    const fixed = (await seedCopy()).book.sheet('汇总').cells.get('B2');
    expect(fixed).toMatchObject({ value: 42366, formula: null, numFmt: 'yyyy-mm-dd' }); // 2015-12-28
    const rolling = (await seedCopy({ rolling: true })).book.sheet('汇总').cells.get('B2');
    expect(rolling?.formula).toBe('TODAY()');
    expect(valueAt((await seedCopy({ warnDays: 14 })).book.sheet('汇总'), 'B3')).toBe(14);
  });

  it('writes the ledger columns with the live ledger’s headers and number formats, and the helper columns after them', async () => {
    const { book } = await seedCopy();
    const ws = book.sheet('任务台账');
    const headers = 'ABCDEFGHIJKLMNOPQRSTU'.split('').map((c) => valueAt(ws, `${c}1`));
    expect(headers).toEqual([
      '序号',
      '板块',
      '工作任务',
      '负责单位',
      '牵头单位',
      '配合单位',
      '共同负责',
      '时间进度',
      '截止日期',
      '延期至',
      '延期原因',
      '状态',
      '进展情况',
      '更新日期',
      '填报人',
      '预警',
      '来源状态',
      '辅助·板块号',
      '辅助·牵头（规范名）',
      '辅助·配合（规范名）',
      '辅助·共同负责（规范名）',
    ]);
    // Task 2: 2015年底前 → 2015-12-31, serial 42369, a date cell; text cells are Text (@), 序号 a number.
    expect(ws.cells.get('A3')).toMatchObject({ value: 2, type: 'n' });
    expect(ws.cells.get('I3')).toMatchObject({ value: 42369, numFmt: 'yyyy-mm-dd' });
    expect(ws.cells.get('C3')).toMatchObject({ type: 's', numFmt: '@' });
    expect(ws.cells.get('L3')).toMatchObject({ type: 's', numFmt: '@' });
    expect(ws.cells.get('P3')?.numFmt).toBe('General'); // a formula in a Text cell would stay text
    expect(valueAt(ws, 'B3')).toBe('一、构建现代职业教育衔接沟通体系');
    expect(valueAt(ws, 'E3')).toBe('市教育局');
    expect(valueAt(ws, 'F3')).toBe('市发展改革委、市财政局、市人力资源和社会保障局');
    expect(valueAt(ws, 'Q3')).toBe('在表');
    expect(valueAt(ws, 'R3')).toBe(1);
    expect(valueAt(ws, 'S3')).toBe('、市教育局、');
    expect(valueAt(ws, 'T3')).toBe('、市发展改革委、市财政局、市人力资源和社会保障局、');
    // The removed task (index 5 → 序号 6) is kept, marked 已移除.
    expect(valueAt(ws, 'Q7')).toBe('已移除');
  });

  it('carries the live ledger’s 预警 formula on every row, judged from 截至日期', async () => {
    const { book, request } = await seedCopy();
    const ws = book.sheet('任务台账');
    expect(ws.cells.get('P2')?.formula).toBe(
      'IF(OR(L2="已完成",L2="已办结"),"已完成",IF(AND(J2&I2<>"",IF(J2="",I2,J2)<截至日期),"逾期",IF(AND(L2="滞后",滞后计入预警="是"),"滞后",' +
        'IF(J2&I2="","正常",IF(IF(J2="",I2,J2)-截至日期<=预警天数,"临期","正常")))))',
    );
    for (let i = 0; i < request.rows.length; i += 1) {
      const r = i + 2;
      expect(ws.cells.get(`P${r}`)?.formula).toBe(
        `IF(OR(L${r}="已完成",L${r}="已办结"),"已完成",IF(AND(J${r}&I${r}<>"",IF(J${r}="",I${r},J${r})<截至日期),"逾期",IF(AND(L${r}="滞后",滞后计入预警="是"),"滞后",` +
          `IF(J${r}&I${r}="","正常",IF(IF(J${r}="",I${r},J${r})-截至日期<=预警天数,"临期","正常")))))`,
      );
    }
  });

  it('puts the 状态 drop-down of the live ledger on the whole 状态 column, as one rule', async () => {
    const { book } = await seedCopy();
    const ws = book.sheet('任务台账');
    // The seed's 24 tasks sit on rows 2–25.
    expect(ws.validations).toEqual([
      {
        sqref: 'L2:L25',
        type: 'list',
        formula1: '"未启动,推进中,滞后,已完成"',
        errorStyle: 'stop',
        errorTitle: '状态',
        error: '请选择：未启动、推进中、滞后、已完成',
      },
    ]);
    expect(ws.xml).toMatch(/<dataValidation [^>]*showErrorMessage="1"/);
  });

  it('colours rows like the live ledger: red overdue, yellow due soon, green done, keyed on the 预警 cell', async () => {
    const { book } = await seedCopy();
    const xml = book.sheet('任务台账').xml;
    expect(xml).toContain('<conditionalFormatting sqref="A2:Q25">');
    for (const word of ['逾期', '临期', '已完成']) expect(xml).toContain(`<formula>$P2=&quot;${word}&quot;</formula>`);
    const styles = new TextDecoder().decode(book.files['xl/styles.xml']);
    for (const colour of ['FFFFC7CE', 'FFFFEB9C', 'FFC6EFCE']) expect(styles).toContain(colour);
  });

  it('protects 汇总 (no password) with 截至日期 and 预警天数 open, and leaves 任务台账 and 进展记录 editable like the live ledger', async () => {
    const { book } = await seedCopy();
    const summary = book.sheet('汇总');
    expect(summary.protected).toBe(true);
    expect(summary.xml).not.toMatch(/<sheetProtection [^>]*(password|hashValue)=/);
    expect(summary.cells.get('B2')?.locked).toBe(false);
    expect(summary.cells.get('B3')?.locked).toBe(false);
    expect(summary.cells.get('B9')?.locked).toBe(true);
    expect(book.sheet('任务台账').protected).toBe(false);
    expect(book.sheet('进展记录').protected).toBe(false);
  });

  it('writes the whole history with the live log’s headers, 填报日期 as a date', async () => {
    const { book } = await seedCopy();
    const ws = book.sheet('进展记录');
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => valueAt(ws, `${c}1`))).toEqual([
      '记录时间',
      '序号',
      '原状态',
      '新状态',
      '进展情况',
      '填报日期',
      '填报人',
      '填报单位',
      '填报轮次',
      '答复编号',
    ]);
    // The fixture logs one entry for every third task (3, 6, … 24), dated 序号 % 20 days before the as-of day.
    expect(valueAt(ws, 'B2')).toBe(3);
    expect(valueAt(ws, 'E2')).toBe('第3项：已召开专题会议。');
    expect(ws.cells.get('F2')).toMatchObject({ value: 42363, numFmt: 'yyyy-mm-dd' }); // 2015-12-25
    expect(valueAt(ws, 'B9')).toBe(24);
    expect(valueAt(ws, 'A10')).toBe('');
  });
});

describe('buildLedgerCopy: text stays text', () => {
  const dangerous = ['=HYPERLINK("http://example.com","点我")', '+1+1', '-2', '@SUM(A1)', '\t=1+1', '\r=1+1', "'=1"];

  it('writes text that starts with = + - @ tab or CR as a shared string, never a formula', async () => {
    const ledger = seedLedger(AS_OF);
    dangerous.forEach((text, i) => {
      const row = ledger.rows[i]!;
      row.progress = text;
      row.reporter = text;
      row.text = text;
    });
    ledger.history[0]!.note = dangerous[0]!;
    const book = readXlsx(await build(copyRequest(ledger, AS_OF)));
    const ws = book.sheet('任务台账');
    dangerous.forEach((text, i) => {
      for (const col of ['C', 'M', 'O']) {
        const cell = ws.cells.get(`${col}${i + 2}`);
        // A CR is stored as the line break Excel uses (LF): XML readers turn a stored CR into LF anyway.
        expect(cell, `${col}${i + 2}`).toMatchObject({
          type: 's',
          value: text.replace('\r', '\n'),
          formula: null,
          numFmt: '@',
        });
      }
    });
    expect(book.sheet('进展记录').cells.get('E2')).toMatchObject({ type: 's', value: dangerous[0], formula: null });
    // The only formulas of the ledger are its 预警 cells.
    const formulaCells = [...ws.cells].filter(([, c]) => c.formula !== null).map(([a]) => a);
    expect(formulaCells.every((a) => a.startsWith('P'))).toBe(true);
    expect(formulaCells.length).toBe(24);
    expect(book.sheet('进展记录').xml).not.toContain('<f>');
  });

  it('reads back through ExcelJS as the same text', async () => {
    const ledger = seedLedger(AS_OF);
    ledger.rows[0]!.progress = dangerous[0]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await build(copyRequest(ledger, AS_OF))) as unknown as Parameters<
        ExcelJS.Workbook['xlsx']['load']
      >[0],
    );
    expect(wb.getWorksheet('任务台账')?.getCell('M2').value).toBe(dangerous[0]);
  });

  it('turns Word’s manual line break (vertical tab) into a line break, which XML can hold', async () => {
    const ledger = seedLedger(AS_OF);
    ledger.rows[0]!.progress = '第一行\u000b第二行\u0001\r\n第三行';
    const ws = readXlsx(await build(copyRequest(ledger, AS_OF))).sheet('任务台账');
    expect(valueAt(ws, 'M2')).toBe('第一行\n第二行\n第三行');
  });

  it('writes no character XML forbids (U+FFFE, U+FFFF, lone surrogates) into sharedStrings', async () => {
    const ledger = seedLedger(AS_OF);
    ledger.rows[0]!.progress = '进展\uFFFF顺利\uFFFE，\uD800完成';
    const bytes = await build(copyRequest(ledger, AS_OF));
    const shared = strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!);
    expect(shared).toContain('进展顺利，完成');
    expect(/[\uFFFE\uFFFF\uD800-\uDFFF]/.test(shared)).toBe(false);
    expect(valueAt(readXlsx(bytes).sheet('任务台账'), 'M2')).toBe('进展顺利，完成');
  });

  it('refuses, naming the task, a text longer than a cell holds, and an invalid as-of day or warning window', async () => {
    const ledger = seedLedger(AS_OF);
    ledger.rows[2]!.progress = '长'.repeat(32_768);
    const long = await buildLedgerCopy(copyRequest(ledger, AS_OF));
    expect(long).toEqual({
      ok: false,
      problem: { code: 'too-long', params: { kind: 'task', no: 3, column: '进展情况' } },
    });
    const fine = seedLedger(AS_OF);
    fine.rows[2]!.progress = '长'.repeat(32_767);
    expect((await buildLedgerCopy(copyRequest(fine, AS_OF))).ok).toBe(true);
    expect(await buildLedgerCopy(copyRequest(fine, '2015-02-30'))).toEqual({
      ok: false,
      problem: { code: 'as-of-invalid', params: { asOf: '2015-02-30' } },
    });
    expect(await buildLedgerCopy(copyRequest(fine, AS_OF, { warnDays: -1 }))).toEqual({
      ok: false,
      problem: { code: 'warn-days-invalid', params: { warnDays: -1 } },
    });
  });
});

describe('buildLedgerCopy: the 汇总 sheet', () => {
  it('lists the pane’s sections (and 未分节 only when tasks sit outside them) with native COUNTIFS formulas', async () => {
    const { book } = await seedCopy();
    const ws = book.sheet('汇总');
    expect([9, 10, 11, 12].map((r) => valueAt(ws, `A${r}`))).toEqual([
      '一、构建现代职业教育衔接沟通体系',
      '二、提升职业教育综合实力',
      '三、提升发展保障水平',
      '四、落实政府和部门职责',
    ]);
    expect(valueAt(ws, 'A13')).toBe('合计');
    expect(ws.cells.get('B9')?.formula).toBe("COUNTIFS('任务台账'!$R$2:$R$25,1,'任务台账'!$Q$2:$Q$25,\"<>已移除\")");
    expect(ws.cells.get('G10')?.formula).toBe(
      "COUNTIFS('任务台账'!$R$2:$R$25,2,'任务台账'!$Q$2:$Q$25,\"<>已移除\",'任务台账'!$P$2:$P$25,\"逾期\")",
    );
    expect(ws.cells.get('B13')?.formula).toBe('SUM(B9:B12)');
    expect(ws.cells.get('I9')?.numFmt).toBe('0.0%');

    const outside = seedLedger(AS_OF);
    outside.rows[0]!.section = null;
    const sheet = readXlsx(await build(copyRequest(outside, AS_OF))).sheet('汇总');
    expect(valueAt(sheet, 'A13')).toBe('未分节');
    expect(sheet.cells.get('B13')?.formula).toContain("'任务台账'!$R$2:$R$25,0,");
  });

  it('lists every agency in order of first appearance, once, with SUMPRODUCT over the helper columns', async () => {
    const text = [
      '\t序号',
      '\t工作任务',
      '\t负责单位',
      '\t时间进度',
      '',
      '\t一、建立工作机制',
      '',
      '\t1',
      '\t建立联席会议制度。',
      '\t市教育局牵头，市财政局配合',
      '\t2015年12月底前',
      '',
      '\t2',
      '\t开展专项督查。',
      '\t市财政局、市审计局',
      '\t2016年6月底前',
      '',
      '\t3',
      '\t编制发展规划。',
      '\t市审计局牵头，市教育局配合',
      '\t2016年3月底前',
      '',
    ].join('\n');
    const ws = readXlsx(await build(copyRequest(ledgerOf(text, AS_OF), AS_OF))).sheet('汇总');
    // One section (row 9), 合计 on 10, the agency header on 12, then each agency once.
    expect(['A9', 'A10', 'A12'].map((a) => valueAt(ws, a))).toEqual(['一、建立工作机制', '合计', '单位']);
    expect(['A13', 'A14', 'A15', 'A16'].map((a) => valueAt(ws, a))).toEqual(['市教育局', '市财政局', '市审计局', '']);
    expect(ws.cells.get('B13')?.formula).toBe(
      'SUMPRODUCT(ISNUMBER(FIND("、"&$A13&"、",\'任务台账\'!$S$2:$S$4))*(\'任务台账\'!$Q$2:$Q$4<>"已移除"))',
    );
    expect(ws.cells.get('E15')?.formula).toBe('B15+C15+D15');

    const seed = (await seedCopy()).book.sheet('汇总');
    expect(valueAt(seed, 'A15')).toBe('单位');
    expect(seed.cells.get('B16')?.formula).toBe(
      'SUMPRODUCT(ISNUMBER(FIND("、"&$A16&"、",\'任务台账\'!$S$2:$S$25))*(\'任务台账\'!$Q$2:$Q$25<>"已移除"))',
    );
  });

  it('uses native functions only: no TASKS.*, nothing newer than Excel 2010', async () => {
    const { book } = await seedCopy({ rolling: true });
    const used = new Set<string>();
    for (const sheet of book.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula === null) continue;
        const outsideStrings = cell.formula.replace(/"[^"]*"/g, '""');
        for (const m of outsideStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
      }
    }
    expect([...used].sort()).toEqual([
      'AND',
      'COUNTIFS',
      'DAY',
      'FIND',
      'IF',
      'ISNUMBER',
      'MONTH',
      'OR',
      'ROUND',
      'SUM',
      'SUMPRODUCT',
      'TODAY',
      'YEAR',
    ]);
  });

  it('carries each task’s agencies once, in their strongest role, under the workbook’s aliases', async () => {
    const ledger = syntheticLedger(40, AS_OF);
    const request = copyRequest(ledger, AS_OF, {
      aliases: { 市经信委: '市经济和信息化委员会', 市经济和信息化委: '市经济和信息化委员会' },
    });
    const ws = readXlsx(await build(request)).sheet('任务台账');
    const rowOf = (units: string): number => request.rows.findIndex((r) => r.units === units) + 2;
    // 市教育局 leads and supports in the same task: counted once, as lead.
    const both = rowOf('市教育局牵头，市教育局配合');
    expect([valueAt(ws, `S${both}`), valueAt(ws, `T${both}`)]).toEqual(['、市教育局、', '']);
    // Two written forms of one agency, merged by the aliases into one lead.
    const merged = rowOf('市经济和信息化委牵头，市经信委、市国资委配合');
    expect([valueAt(ws, `S${merged}`), valueAt(ws, `T${merged}`)]).toEqual([
      '、市经济和信息化委员会、',
      '、市国资委、',
    ]);
    // A joint list (no lead named), with the short form normalised.
    const joint = rowOf('市教育局、市人社局');
    expect(valueAt(ws, `U${joint}`)).toBe('、市教育局、市人力资源和社会保障局、');
  });
});
