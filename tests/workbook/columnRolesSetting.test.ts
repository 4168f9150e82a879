import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_HEADERS, parseColumnRolesRecord, withColumnRoles } from '../../src/workbook/columnRolesRecord';
import { readColumnRoles, rememberColumnRoles } from '../../src/workbook/columnRolesSetting';
import { createFakeExcel } from './fakeExcel';

const KEY = '序号|工作任务|责任单位|完成时限';

describe('parseColumnRolesRecord', () => {
  it('keeps entries with a list of known roles, from an object or its JSON', () => {
    expect(parseColumnRolesRecord({ [KEY]: ['no', 'task', 'lead', 'schedule'] })).toEqual({
      [KEY]: ['no', 'task', 'lead', 'schedule'],
    });
    expect(parseColumnRolesRecord(JSON.stringify({ a: ['task'], b: ['task', 'boss'], c: 'task', d: [] }))).toEqual({
      a: ['task'],
    });
  });
  it.each([[null], [undefined], ['{'], [[['no']]], [42]])('%j is no corrections', (value) => {
    expect(parseColumnRolesRecord(value)).toEqual({});
  });
});

describe('withColumnRoles', () => {
  it('replaces one key, forgets it with null, and keeps the newest forms only', () => {
    const one = withColumnRoles({ a: ['no'] }, KEY, ['task']);
    expect(one).toEqual({ a: ['no'], [KEY]: ['task'] });
    expect(withColumnRoles(one, 'a', null)).toEqual({ [KEY]: ['task'] });
    let many = {};
    for (let i = 0; i <= MAX_REMEMBERED_HEADERS; i += 1) many = withColumnRoles(many, `h${i}`, ['task']);
    expect(Object.keys(many)).toHaveLength(MAX_REMEMBERED_HEADERS);
    expect(Object.keys(many)[0]).toBe('h1');
  });
});

describe('the workbook setting', () => {
  it('is empty at first, then holds what was remembered, in the add-in settings', async () => {
    const fake = createFakeExcel();
    expect(await readColumnRoles(fake.context)).toEqual({});
    await rememberColumnRoles(fake.context, KEY, ['no', 'task', 'support', 'schedule']);
    await rememberColumnRoles(fake.context, 'other', ['task']);
    expect(await readColumnRoles(fake.context)).toEqual({
      [KEY]: ['no', 'task', 'support', 'schedule'],
      other: ['task'],
    });
    expect(JSON.parse(String(fake.model.settings.get('keyTaskLedger.columnRoles')))).toEqual({
      [KEY]: ['no', 'task', 'support', 'schedule'],
      other: ['task'],
    });
    await rememberColumnRoles(fake.context, KEY, null);
    expect(await readColumnRoles(fake.context)).toEqual({ other: ['task'] });
  });
});
