import { describe, expect, it } from 'vitest';
import {
  createFilePort,
  formatFileProblem,
  LedgerFile,
  saveToHandle,
  stampOf,
  type WritableHandle,
} from '../../src/fileWorkbook';
import { inventedLedger } from './ledgerFiles';

/** A file on a pretend disk: its bytes and time; `lock` makes writes fail the way Chrome reports a file WPS holds. */
class PretendFile implements WritableHandle {
  writes = 0;
  lockedWith: string | null = null;
  constructor(
    readonly name: string,
    public bytes: Uint8Array,
    public lastModified: number,
  ) {}
  getFile(): ReturnType<WritableHandle['getFile']> {
    const { bytes, lastModified } = this;
    return Promise.resolve({
      size: bytes.length,
      lastModified,
      arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
    });
  }
  createWritable(): ReturnType<WritableHandle['createWritable']> {
    if (this.lockedWith !== null) return Promise.reject(new DOMException('locked', this.lockedWith));
    let pending: Uint8Array | null = null;
    return Promise.resolve({
      write: (data: Uint8Array) => ((pending = data), Promise.resolve()),
      close: () => {
        if (pending)
          [this.bytes, this.lastModified, this.writes] = [pending, this.lastModified + 1000, this.writes + 1];
        return Promise.resolve();
      },
    });
  }
}

async function opened(): Promise<{ handle: PretendFile; file: LedgerFile }> {
  const bytes = await inventedLedger();
  const handle = new PretendFile('台账.xlsx', bytes, 1_700_000_000_000);
  const result = await LedgerFile.open(bytes);
  if (!result.ok) throw new Error('not opened');
  await createFilePort(result.file).writeStatus(1, { status: '推进中', note: '已开工', date: '2026-11-28', by: '甲' });
  return { handle, file: result.file };
}

describe('saving back to the opened file', () => {
  it('writes when the file is as opened, and returns the new stamp', async () => {
    const { handle, file } = await opened();
    const result = await saveToHandle(handle, file, stampOf(handle.bytes, handle.lastModified));
    expect(result.ok).toBe(true);
    expect(handle.writes).toBe(1);
    if (result.ok) expect(result.stamp.lastModified).toBe(1_700_000_001_000);
  });

  it('refuses when someone saved the file meanwhile (other bytes), never overwriting', async () => {
    const { handle, file } = await opened();
    const stamp = stampOf(handle.bytes, handle.lastModified);
    const other = handle.bytes.slice();
    other[other.length - 30] = (other[other.length - 30] ?? 0) ^ 0xff;
    [handle.bytes, handle.lastModified] = [other, handle.lastModified + 5000];
    expect(await saveToHandle(handle, file, stamp)).toEqual({
      ok: false,
      problem: { code: 'file-changed', params: { name: '台账.xlsx' } },
    });
    expect(handle.writes).toBe(0);
    expect(file.dirty).toBe(true);
  });

  it('treats a newer time over the same bytes as unchanged', async () => {
    const { handle, file } = await opened();
    const stamp = stampOf(handle.bytes, handle.lastModified);
    handle.lastModified += 60_000;
    expect((await saveToHandle(handle, file, stamp)).ok).toBe(true);
  });

  it('a file held open elsewhere is file-locked: the changes stay and the words say to close it there', async () => {
    const { handle, file } = await opened();
    handle.lockedWith = 'NoModificationAllowedError';
    const result = await saveToHandle(handle, file, stampOf(handle.bytes, handle.lastModified));
    expect(result).toEqual({
      ok: false,
      problem: { code: 'file-locked', params: { name: '台账.xlsx', reason: 'NoModificationAllowedError' } },
    });
    expect(file.dirty).toBe(true);
    if (!result.ok) {
      expect(formatFileProblem(result.problem, 'zh-CN')).toContain('请在那里关闭该文件');
      expect(formatFileProblem(result.problem, 'en-US')).toContain('Close it there');
    }
  });
});

describe('the words of every file problem', () => {
  it('has zh-CN and en-US text for each save problem, naming the file', () => {
    const problems = [
      { code: 'file-changed', params: { name: 'a.xlsx' } },
      { code: 'file-unwritable', params: { name: 'a.xlsx', reason: 'NotFoundError' } },
    ] as const;
    for (const p of problems) {
      const zh = formatFileProblem(p, 'zh-CN');
      const en = formatFileProblem(p, 'en-US');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[“A-Z]/);
      if ('name' in p.params) expect([zh.includes('a.xlsx'), en.includes('a.xlsx')]).toEqual([true, true]);
    }
    expect(formatFileProblem({ code: 'file-changed', params: { name: 'a.xlsx' } }, 'zh-CN')).toContain(
      '重新打开该文件并合并',
    );
  });
});
