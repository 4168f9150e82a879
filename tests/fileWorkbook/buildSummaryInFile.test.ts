import { describe, expect, it } from 'vitest';
import { createFilePort, LedgerFile } from '../../src/fileWorkbook';
import { buildSummaryInFile } from '../../src/fileWorkbook/buildSummaryInFile';
import { inventedLedger, partsOf } from './ledgerFiles';

async function open(bytes: Uint8Array): Promise<LedgerFile> {
  const opened = await LedgerFile.open(bytes);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened.file;
}

const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

describe('汇总 in the file', () => {
  it('adds the sheet with native formulas over the ledger’s ranges, no custom function', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file, { now: () => new Date('2026-11-29T03:00:00.000Z') });
    await port.writeStatus(2, { status: '已完成', note: '', date: '2026-11-28', by: '甲' });
    const { notice } = await port.buildSummary('2026-11-29');
    expect(notice.startsWith('截至2026年11月29日，3项任务中已完成1项')).toBe(true);
    const saved = await file.save();
    const reopened = await open(saved);
    const part = reopened.pkg.sheets.get('汇总') ?? '';
    const xml = decode(partsOf(saved)[part]);
    expect(xml).not.toContain('TASKS.');
    expect(xml).not.toContain('TaskLedger[');
    // The section row counts 已完成 over the ledger's 板块, 来源状态 and 状态 columns (B, Q, L; body rows 2–4).
    expect(xml).toContain(
      "<f>COUNTIFS('任务台账'!$B$2:$B$4,$A6,'任务台账'!$Q$2:$Q$4,&quot;&lt;&gt;已移除&quot;,'任务台账'!$L$2:$L$4,&quot;已完成&quot;)",
    );
    // The agency rows: 市教育局 leads; its 牵头 count finds it between 、 in the 牵头单位 column (E).
    expect(xml).toContain('<t xml:space="preserve">市教育局</t>');
    expect(xml).toContain(
      "FIND(&quot;、&quot;&amp;$A10&amp;&quot;、&quot;,&quot;、&quot;&amp;'任务台账'!$E$2:$E$4&amp;&quot;、&quot;)",
    );
  });

  it('writes a section title or an agency that starts with = as text, never as a formula', async () => {
    const file = await open(await inventedLedger());
    const snapshot = await createFilePort(file).readLedger();
    const [first, ...rest] = snapshot.rows;
    if (!first) throw new Error('the invented ledger has tasks');
    const odd = {
      ...first,
      sectionTitle: '=1+1',
      assignments: [{ agency: '=A1*2', role: 'lead' as const }],
    };
    await buildSummaryInFile(file, { ...snapshot, rows: [odd, ...rest] }, '2026-11-29');
    const saved = await file.save();
    const xml = decode(partsOf(saved)[(await open(saved)).pkg.sheets.get('汇总') ?? '']);
    expect(xml).toContain('<t xml:space="preserve">=1+1</t>');
    expect(xml).toContain('<t xml:space="preserve">=A1*2</t>');
    expect(xml).not.toContain('<f>1+1</f>');
    expect(xml).not.toContain('<f>A1*2</f>');
  });

  it('a second build rewrites the same sheet instead of adding another', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file);
    await port.buildSummary('2026-11-29');
    const once = await open(await file.save());
    await createFilePort(once).buildSummary('2026-12-01');
    const twice = await open(await once.save());
    expect([...twice.pkg.sheets.keys()].filter((n) => n === '汇总')).toHaveLength(1);
    expect(twice.pkg.sheets.get('汇总')).toBe(once.pkg.sheets.get('汇总'));
  });
});

describe('sheets added in one session', () => {
  it('each new sheet gets its own part (汇总, then 填报轮次)', async () => {
    const file = await open(await inventedLedger());
    const port = createFilePort(file);
    await port.buildSummary('2026-11-29');
    await port.saveRound({ id: 'r-1', name: '一月', dueDate: '2026-01-25', createdAt: '2026-01-01T00:00:00.000Z' });
    const reopened = await open(await file.save());
    const parts = [reopened.pkg.sheets.get('汇总'), reopened.pkg.sheets.get('填报轮次')];
    expect(new Set(parts).size).toBe(2);
    expect((await createFilePort(reopened).readRounds()).rounds.map((r) => r.round.name)).toEqual(['一月']);
    expect((await reopened.sheet('汇总'))?.value(0, 0, [])).toBe('重点任务推进情况汇总');
  });
});
