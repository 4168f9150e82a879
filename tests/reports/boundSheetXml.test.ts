import { describe, expect, it } from 'vitest';
import { boundSheetXml } from '../../src/reports/boundSheetXml';

const NS = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe('boundSheetXml', () => {
  it('keeps only sheetData: merges, cols, validations, conditional formats and dimension are dropped', () => {
    const xml = `${NS}<dimension ref="A1:XFD1048576"/><cols><col min="1" max="50000000"/></cols><sheetData><row r="1" spans="1:16384"><c r="A1" s="2" t="s"><v>0</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><conditionalFormatting sqref="A1:T300000"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation sqref="A1:T300000"/></dataValidations></worksheet>`;
    expect(boundSheetXml(xml, 10, 12)).toEqual({
      xml: `${NS}<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      cut: 0,
      firstCut: 0,
    });
  });

  it('keeps the first rows and counts the rest', () => {
    const xml = `${NS}<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"/><row r="7"><c r="A7"><v>7</v></c></row><row r="9"><c r="A9"><v>9</v></c></row></sheetData></worksheet>`;
    expect(boundSheetXml(xml, 2, 12)).toEqual({
      xml: `${NS}<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"></row></sheetData></worksheet>`,
      cut: 2,
      firstCut: 7,
    });
  });

  it('keeps the first columns, gives cells without a reference one, and drops formulas but keeps their value', () => {
    const xml = `${NS}<sheetData><row r="3"><c><v>1</v></c><c r="C3" t="str"><f t="shared" ref="C3:C1048576" si="0">A3&amp;"x"</f><v>1x</v></c><c r="D3"><v>4</v></c></row></sheetData></worksheet>`;
    expect(boundSheetXml(xml, 10, 3).xml).toBe(
      `${NS}<sheetData><row r="3"><c r="A3"><v>1</v></c><c r="C3" t="str"><v>1x</v></c></row></sheetData></worksheet>`,
    );
  });

  it('a sheet without sheetData becomes an empty one', () => {
    expect(boundSheetXml(`${NS}<sheetData/></worksheet>`, 10, 12).xml).toBe(`${NS}<sheetData></sheetData></worksheet>`);
  });
});
