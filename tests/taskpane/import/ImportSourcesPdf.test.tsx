// @vitest-environment jsdom
/** A .pdf chosen in the import view (pdf.js in Node, no worker): the tables found and the same hand-off as a .docx's. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportSources } from '../../../src/taskpane/import/ImportSources';
import type { ImportSource } from '../../../src/taskpane/import/ImportSources.types';
import { IMAGE, pdf } from '../../documents/pdfFixture';
import { NODE_PDF_OPTIONS } from '../../documents/pdfNode';
import { layoutPages } from '../../documents/pdfTableLayout';

afterEach(cleanup);

function fileOf(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice().buffer], name, { type: 'application/pdf' });
}

describe('ImportSources with a PDF', () => {
  it('hands the import view the PDF table as a grid with the merged lead, the title as a first row and its year', async () => {
    const sources: ImportSource[] = [];
    const user = userEvent.setup();
    render(
      <ImportSources port={null} onSource={(source) => sources.push(source)} pdfOptions={() => NODE_PDF_OPTIONS} />,
    );
    const bytes = pdf(
      layoutPages({
        columns: [40, 200, 90, 90],
        header: [['序号', '工作任务', '牵头单位', '完成时限']],
        rows: [
          ['1', '建立现代职业学校制度。', { text: '市教育局', rowSpan: 2 }, '6月底前'],
          ['2', '加强校企合作。', null, '持续实施'],
        ],
        before: ['附件', '2016年重点任务分工'],
      }),
    );
    await user.upload(screen.getByLabelText('选择 Word 或 PDF 文件'), fileOf(bytes, '附件.pdf'));
    await screen.findByText(/表1/, {}, { timeout: 20_000 });
    expect(sources).toEqual([
      {
        text: '2016年重点任务分工\n序号\t工作任务\t牵头单位\t完成时限\n1\t建立现代职业学校制度。\t市教育局\t6月底前\n2\t加强校企合作。\t市教育局\t持续实施',
        name: 'PDF 文件：附件.pdf',
        documentYear: 2016,
        grid: [
          ['序号', '工作任务', '牵头单位', '完成时限'],
          ['1', '建立现代职业学校制度。', '市教育局', '6月底前'],
          ['2', '加强校企合作。', '市教育局', '持续实施'],
        ],
        table: {
          rows: [
            ['2016年重点任务分工'],
            ['序号', '工作任务', '牵头单位', '完成时限'],
            ['1', '建立现代职业学校制度。', '市教育局', '6月底前'],
            ['2', '加强校企合作。', '市教育局', '持续实施'],
          ],
          merges: [{ row: 2, col: 2, rowSpan: 2, colSpan: 1 }],
          source: 'pdf',
        },
      },
    ]);
  });

  it('says that a scanned PDF needs text recognition first', async () => {
    const user = userEvent.setup();
    render(<ImportSources port={null} onSource={() => undefined} pdfOptions={() => NODE_PDF_OPTIONS} />);
    await user.upload(screen.getByLabelText('选择 Word 或 PDF 文件'), fileOf(pdf([IMAGE]), '扫描件.pdf'));
    expect(
      await screen.findByText(
        '“扫描件.pdf”第 1 页没有文字层（可能是扫描件或图片），无法读取表格。请先进行文字识别（OCR）或另存为 Word 后导入。',
        {},
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
  });
});
