// A real word processor writes the .docx: LibreOffice Writer (headless) converts an HTML table with rowspan and
// colspan to Word 2007 XML, as a coordinator's "另存为 .docx" would, and readDocxTables must read the grid back.
// Needs `soffice` with Writer (Debian: libreoffice-writer-nogui, installed by .ci/run). Without it this test fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxTables, type DocxDocument, type XmlParser } from '../../src/documents/readDocxTables';
import { pickTaskTable } from '../../src/documents/pickTaskTable';
import { gridToTabText, parseTaskTable } from '../../src/model';

const SOFFICE_CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
const soffice = SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));

const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>附件</title></head><body>
<p>附件</p>
<p>2016年职业教育重点任务分工及进度安排表</p>
<table border="1">
<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
<tr><td colspan="5">一、构建现代职业教育体系</td></tr>
<tr><td>1</td><td>建立现代职业学校制度。</td><td rowspan="3">市教育局</td><td>市财政局</td><td>2016年底前</td></tr>
<tr><td>2</td><td><p>推进中高职衔接。</p><p>扩大五年制招生。</p></td><td>市人社局<br>市财政局</td><td>6月底前</td></tr>
<tr><td>3</td><td>加强校企合作。</td><td></td><td>持续实施</td></tr>
</table>
<p>广元市人民政府办公室</p>
<p>2016年3月11日</p>
</body></html>`;

let document: DocxDocument;

beforeAll(() => {
  expect(
    soffice,
    `LibreOffice is not installed (looked for ${SOFFICE_CANDIDATES.join(', ')}); run: apt-get install -y libreoffice-writer-nogui`,
  ).not.toBeNull();
  writeFileSync(join(dir, 'tasks.html'), HTML);
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--writer',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      dir,
      join(dir, 'tasks.html'),
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(result.status, `soffice failed: ${result.stderr}${result.stdout}`).toBe(0);
  expect(existsSync(join(dir, 'tasks.docx')), `no tasks.docx: ${result.stderr}${result.stdout}`).toBe(true);
  // The merges must really be Word merges in the file, or the test would prove nothing.
  const xml = strFromU8(
    unzipSync(new Uint8Array(readFileSync(join(dir, 'tasks.docx'))))['word/document.xml'] ?? new Uint8Array(),
  );
  expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
  expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a .docx written by LibreOffice Writer', () => {
  it('reads back the grid: colspan and rowspan expanded, paragraphs and breaks as line breaks', async () => {
    const read = await readDocxTables(new Uint8Array(readFileSync(join(dir, 'tasks.docx'))), 'tasks.docx', {
      parser: new DOMParser({ onError: () => undefined }) as unknown as XmlParser,
    });
    if (!read.ok) throw new Error(`refused: ${read.error.code}`);
    document = read.document;
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]?.grid).toEqual([
      ['序号', '工作任务', '责任单位', '责任单位', '完成时限'],
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      Array.from({ length: 5 }, () => '一、构建现代职业教育体系'),
      ['1', '建立现代职业学校制度。', '市教育局', '市财政局', '2016年底前'],
      ['2', '推进中高职衔接。\n扩大五年制招生。', '市教育局', '市人社局\n市财政局', '6月底前'],
      ['3', '加强校企合作。', '市教育局', '', '持续实施'],
    ]);
    expect(document.title).toBe('2016年职业教育重点任务分工及进度安排表');
    expect(document.year).toBe(2016);
    expect(document.date).toBe('2016-03-11');
    expect(pickTaskTable(document.tables.map((t) => t.grid)).scores[0]?.looksLikeTasks).toBe(true);
  });

  it('parses to three tasks, each led by the merged 市教育局', () => {
    const table = parseTaskTable(gridToTabText(document.tables[0]?.grid ?? []), { documentYear: 2016 });
    expect(table.tasks.map((t) => t.no)).toEqual([1, 2, 3]);
    expect(table.tasks.map((t) => t.assignments.filter((a) => a.role === 'lead').map((a) => a.agency))).toEqual([
      ['市教育局'],
      ['市教育局'],
      ['市教育局'],
    ]);
    expect(table.tasks[0]?.deadline).toBe('2016-12-31');
  });
});
