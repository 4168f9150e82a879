// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/taskpane/app/App';
import { ZIP_MIME } from '../../../src/taskpane/shared/downloadFile';
import { DOCX_MIME } from '../../../src/taskpane/summary/useOfficialDocuments';
import { paragraphTexts } from '../../officialDocuments/docxXml';

const TODAY = '2026-11-29';

afterEach(cleanup);

function documentXml(docx: Uint8Array): string {
  return strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'] ?? new Uint8Array(),
  );
}

async function openSummary() {
  const user = userEvent.setup();
  const files: { name: string; bytes: Uint8Array; type: string }[] = [];
  render(<App port={null} today={TODAY} download={(name, bytes, type) => void files.push({ name, bytes, type })} />);
  await user.click(screen.getByRole('tab', { name: '汇总' }));
  const panel = await screen.findByRole('region', { name: '汇总与通报' });
  return { user, panel, files };
}

describe('通报与督办单 in the preview (outside Excel)', () => {
  it('says what the notice will state, and exports it with the form as filled in', async () => {
    const { user, panel, files } = await openSummary();
    // The preview opens on 2015-08-31: task 21 is overdue, five tasks are due that day (临期), nothing is done.
    expect(within(panel).getByTestId('notice-facts').textContent).toBe(
      '通报将写入：共 24 项，已完成 0 项（0%），滞后或逾期 1 项（其中逾期 1 项），临期 5 项。',
    );
    const issue = within(panel).getByRole('textbox', { name: '期数' });
    await user.clear(issue);
    await user.type(issue, '7');
    await user.clear(within(panel).getByRole('textbox', { name: '抄送' }));
    await user.type(within(panel).getByRole('textbox', { name: '抄送' }), '市政府办公室');
    await user.click(within(panel).getByRole('button', { name: '导出通报 (.docx)' }));
    expect(
      await within(panel).findByText('已导出“督查通报第7期（截至2015-08-31）.docx”。', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(files.map((f) => [f.name, f.type])).toEqual([['督查通报第7期（截至2015-08-31）.docx', DOCX_MIME]]);
    const texts = paragraphTexts(documentXml(files[0]!.bytes));
    expect(texts).toContain('第7期');
    expect(texts).toContain('抄送：市政府办公室。');
    expect(texts).toContain(
      '截至2015年8月31日，共有重点任务24项。其中，已完成0项，占0%；正在推进23项（其中临期5项，即7天内到期）；滞后或逾期1项（逾期1项）。',
    );
  });

  it('refuses an empty issue number', async () => {
    const { user, panel, files } = await openSummary();
    await user.clear(within(panel).getByRole('textbox', { name: '期数' }));
    await user.click(within(panel).getByRole('button', { name: '导出通报 (.docx)' }));
    expect(await within(panel).findByText('请填写期数。')).toBeTruthy();
    expect(files).toEqual([]);
  });

  it('exports the 督办单 of every agency concerned as one .zip', async () => {
    const { user, panel, files } = await openSummary();
    await user.click(within(panel).getByRole('button', { name: '导出督办单' }));
    const done = await within(panel).findByText(
      /^已导出“督办单（截至2015-08-31，\d+个单位）\.zip”：\d+ 个单位的督办单。$/,
      {},
      { timeout: 20_000 },
    );
    expect(done).toBeTruthy();
    expect(files[0]?.type).toBe(ZIP_MIME);
    const entries = unzipSync(files[0]!.bytes);
    const education = entries['督办单-市教育局（截至2015-08-31）.docx'];
    expect(education).toBeDefined();
    const texts = paragraphTexts(documentXml(education!));
    expect(texts).toContain('市教育局：');
    expect(texts).toContain('一、牵头任务');
    // The reply date defaults to five days after the as-of date.
    expect(texts.some((t) => t.startsWith('请于2015年9月5日前将办理情况书面报送市委督查室'))).toBe(true);
  });
});
