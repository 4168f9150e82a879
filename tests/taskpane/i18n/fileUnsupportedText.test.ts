import { describe, expect, it } from 'vitest';
import { FileUnsupported, type FileOperation } from '../../../src/fileWorkbook/fileRefusal';
import { fileUnsupportedText } from '../../../src/taskpane/i18n/fileUnsupportedText';
import { errorText } from '../../../src/taskpane/shared/errorText';

// Every operation the file port can refuse; a new FileOperation without an entry here fails to compile.
const EVERY_OPERATION: Record<FileOperation, true> = {
  'load-ledger': true,
  'new-ledger-in-workbook': true,
  summary: true,
  'save-round': true,
  'apply-report': true,
  'report-key': true,
  'carry-over': true,
  'cells-below-table': true,
};

describe('the words of an operation the file port refuses', () => {
  it('a refusal thrown by the file port reaches the page in words of its locale, never as its code', () => {
    const error = new FileUnsupported({ operation: 'summary' });
    expect(errorText(error, 'en-US')).toBe('No ledger found, so no summary can be built.');
    expect(errorText(error, 'zh-CN')).toBe('找不到任务台账，无法生成汇总。');
  });

  it('words cells below a table in both locales', () => {
    const error = new FileUnsupported({ operation: 'cells-below-table', table: 'TaskLedger' });
    expect(errorText(error, 'en-US')).toBe(
      'There are cells below the table that appended rows would overwrite: move them away in Excel or WPS and try again.',
    );
    expect(errorText(error, 'zh-CN')).toContain('表格下方还有内容');
  });

  it('has words of its own, in each locale, for every operation', () => {
    for (const operation of Object.keys(EVERY_OPERATION)) {
      const refusal = { code: 'file-unsupported', params: { operation } } as const;
      const zh = fileUnsupportedText(refusal, 'zh-CN');
      const en = fileUnsupportedText(refusal, 'en-US');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^The |^This |^There |^No /);
      expect(zh).not.toContain('这项操作');
    }
  });

  it('an operation it does not know still gets a sentence, not a code', () => {
    const refusal = { code: 'file-unsupported', params: { operation: 'something-new' } } as const;
    expect(fileUnsupportedText(refusal, 'en-US')).toBe(
      'The page cannot do this in this file: do it in the Excel add-in or in WPS.',
    );
  });

  it('leaves other errors as they were', () => {
    expect(errorText(new Error('Excel said no'), 'en-US')).toBe('Excel said no');
    expect(errorText({ code: 'file-unsupported' }, 'en-US')).toBe('[object Object]');
  });
});
