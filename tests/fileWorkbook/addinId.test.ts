import { expect, it } from 'vitest';
import { ADDIN_ID as FILE_PORT_ADDIN_ID } from '../../src/fileWorkbook/addinId';
import { ADDIN_ID } from '../../scripts/lib/addinConfig.mjs';

it('the file port names the add-in by the manifest id the build writes', () => {
  expect(FILE_PORT_ADDIN_ID).toBe(ADDIN_ID);
  expect(FILE_PORT_ADDIN_ID).toBe('f161128f-22af-4228-982a-fd1ce34c1c43');
});
