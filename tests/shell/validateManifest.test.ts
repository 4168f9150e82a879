import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { DIST_FILES, EXCEL_API_MIN, ICON_SIZES } from '../../scripts/lib/addinConfig.mjs';
import { drawIcon } from '../../scripts/lib/icons.mjs';
import { generateManifest } from '../../scripts/lib/manifest.mjs';
import {
  compareVersions,
  manifestInfoProblems,
  readCustomFunctionsRuntimeRequirement,
  validateManifest,
  type ValidateOptions,
} from '../../scripts/lib/validateManifest.mjs';

const encoder = new TextEncoder();

/** The files a build emits, in memory; `overrides` replaces (or with undefined removes) entries. */
function fakeDist(overrides: Record<string, Uint8Array | undefined> = {}): (path: string) => Uint8Array | undefined {
  const files = new Map<string, Uint8Array>([
    [DIST_FILES.taskpane, encoder.encode('<!doctype html><title>pane</title>')],
    [DIST_FILES.commands, encoder.encode('<!doctype html>')],
    [DIST_FILES.support, encoder.encode('<!doctype html>')],
    [
      DIST_FILES.functionsPage,
      encoder.encode('<script src="x/custom-functions-runtime.js"></script><script src="functions.js"></script>'),
    ],
    [DIST_FILES.functionsScript, encoder.encode('(function(){})();')],
    [DIST_FILES.functionsMetadata, encoder.encode('{"functions":[]}')],
    [DIST_FILES.functionsMetadataZhCn, encoder.encode('{"functions":[]}')],
    ...ICON_SIZES.map((size): [string, Uint8Array] => [DIST_FILES.icon(size), drawIcon(size)]),
  ]);
  for (const [path, bytes] of Object.entries(overrides)) {
    if (bytes === undefined) files.delete(path);
    else files.set(path, bytes);
  }
  return (path) => files.get(path);
}

const good = generateManifest();
const base = { readDistFile: fakeDist(), excelApiRequirement: EXCEL_API_MIN };

/** Replaces exactly one occurrence, so a fixture cannot silently stay unbroken. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string'
      ? text.split(from).length - 1
      : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (count < 1) throw new Error(`fixture: ${String(from)} not found`);
  return text.replace(from, to);
}

/** Moves the first block matching `block` to just before `before`. */
function moveBefore(text: string, block: RegExp, before: string): string {
  const match = block.exec(text);
  if (!match) throw new Error(`fixture: ${String(block)} not found`);
  return replaceOnce(text.replace(match[0], ''), before, `${match[0]}${before}`);
}

function codes(xml: string, options: ValidateOptions = base): string[] {
  return validateManifest(xml, options).map((p) => p.code);
}

describe('validateManifest', () => {
  it('accepts the generated manifests (development and production base URLs)', () => {
    expect(validateManifest(good, base)).toEqual([]);
    expect(validateManifest(generateManifest({ baseUrl: 'https://tasks.example.gov.cn/addin/' }), base)).toEqual([]);
  });

  test.each([
    ['not well-formed XML', (x: string) => x.replace('</OfficeApp>', ''), 'XML_MALFORMED'],
    [
      'a root other than a task pane OfficeApp',
      (x: string) => replaceOnce(x, 'xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'),
      'ROOT_INVALID',
    ],
    [
      'Permissions before DefaultSettings',
      (x: string) => moveBefore(x, /  <Permissions>.*<\/Permissions>\n/, '  <DefaultSettings>'),
      'ELEMENT_ORDER',
    ],
    ['Version before Id', (x: string) => moveBefore(x, /  <Version>.*<\/Version>\n/, '  <Id>'), 'ELEMENT_ORDER'],
    ['no ProviderName', (x: string) => replaceOnce(x, /  <ProviderName>.*<\/ProviderName>\n/, ''), 'ELEMENT_MISSING'],
    [
      'an unknown top-level element',
      (x: string) => replaceOnce(x, '  <DefaultLocale>', '  <Foo/>\n  <DefaultLocale>'),
      'ELEMENT_UNKNOWN',
    ],
    [
      'Resources before Hosts in VersionOverrides',
      (x: string) => moveBefore(x, /    <Resources>[\s\S]*<\/Resources>\n/, '    <Hosts>\n      <Host xsi:type'),
      'VERSION_OVERRIDES_ORDER',
    ],
    [
      'Page before Script in the CustomFunctions extension point',
      (x: string) => moveBefore(x, /            <Page>[\s\S]*?<\/Page>\n/, '            <Script>'),
      'VERSION_OVERRIDES_ORDER',
    ],
    [
      'FunctionFile before GetStarted',
      (x: string) => moveBefore(x, /          <FunctionFile .*\/>\n/, '          <GetStarted>'),
      'VERSION_OVERRIDES_ORDER',
    ],
    [
      'an Id that is not a GUID',
      (x: string) => replaceOnce(x, /<Id>[^<]+<\/Id>/, '<Id>key-task-ledger</Id>'),
      'ID_NOT_GUID',
    ],
    [
      'a five-part version',
      (x: string) => replaceOnce(x, /<Version>[^<]+<\/Version>/, '<Version>1.0.0.0.0</Version>'),
      'VERSION_INVALID',
    ],
    [
      'no en-US display name',
      (x: string) => replaceOnce(x, '    <Override Locale="en-US" Value="Key Task Ledger"/>\n', ''),
      'LOCALE_OVERRIDE_MISSING',
    ],
    [
      'a Document host',
      (x: string) => replaceOnce(x, '<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      'HOST_INVALID',
    ],
    [
      'a second host',
      (x: string) => replaceOnce(x, '<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'),
      'HOST_INVALID',
    ],
    [
      'ReadDocument permission',
      (x: string) => replaceOnce(x, '>ReadWriteDocument<', '>ReadDocument<'),
      'PERMISSION_INVALID',
    ],
    [
      'a resid with no resource',
      (x: string) => replaceOnce(x, 'resid="Taskpane.Url"', 'resid="Taskpane.Nowhere"'),
      'RESID_UNDEFINED',
    ],
    [
      'a resource nobody uses',
      (x: string) =>
        replaceOnce(
          x,
          '<bt:ShortStrings>',
          '<bt:ShortStrings>\n        <bt:String id="Unused.Label" DefaultValue="x"/>',
        ),
      'RESID_UNUSED',
    ],
    [
      'a resource defined twice',
      (x: string) => replaceOnce(x, /(        <bt:Url id="Taskpane.Url" [^\n]*\n)/, '$1$1'),
      'RESID_DUPLICATE',
    ],
    [
      'a resid longer than 32 characters',
      (x: string) => x.replaceAll('Taskpane.Url', 'Taskpane.Url.ThatIsFarTooLongForOffice'),
      'RESID_INVALID',
    ],
    [
      'a Label pointing at a long string',
      (x: string) => replaceOnce(x, '<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
      'RESID_WRONG_KIND',
    ],
    [
      'an http URL',
      (x: string) =>
        replaceOnce(
          x,
          'DefaultValue="https://localhost:3000/support.html"/>\n  <Hosts>',
          'DefaultValue="http://localhost:3000/support.html"/>\n  <Hosts>',
        ),
      'URL_NOT_HTTPS',
    ],
    [
      'a URL off the base URL',
      (x: string) => replaceOnce(x, 'https://localhost:3000/functions.js', 'https://cdn.example.com/functions.js'),
      'URL_OUTSIDE_BASE',
    ],
    [
      'a URL naming a file the build does not emit',
      (x: string) => replaceOnce(x, 'functions.zh-cn.json', 'functions.zh.json'),
      'URL_FILE_MISSING',
    ],
    [
      'a 64 px file claimed as 80 px',
      (x: string) => replaceOnce(x, 'assets/icon-80.png', 'assets/icon-64.png'),
      'ICON_SIZE_MISMATCH',
    ],
    [
      'IconUrl naming the 16 px icon',
      (x: string) =>
        replaceOnce(
          x,
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
        ),
      'ICON_SIZE_MISMATCH',
    ],
    [
      'another namespace',
      (x: string) => replaceOnce(x, 'DefaultValue="TASKS"', 'DefaultValue="TASK"'),
      'NAMESPACE_INVALID',
    ],
    [
      'a localised namespace',
      (x: string) =>
        replaceOnce(
          x,
          'DefaultValue="TASKS"/>',
          'DefaultValue="TASKS"><bt:Override Locale="zh-CN" Value="任务"/></bt:String>',
        ),
      'NAMESPACE_INVALID',
    ],
    [
      'the functions script pointing at a page',
      (x: string) =>
        replaceOnce(
          x,
          'DefaultValue="https://localhost:3000/functions.js"',
          'DefaultValue="https://localhost:3000/functions.html"',
        ),
      'FUNCTIONS_WIRING',
    ],
    [
      'no en-US metadata override',
      (x: string) => replaceOnce(x, /\n          <bt:Override Locale="en-US" Value="[^"]*functions\.json"\/>/, ''),
      'FUNCTIONS_WIRING',
    ],
    [
      'the English metadata as the default of a zh-CN add-in',
      (x: string) =>
        replaceOnce(
          x,
          /DefaultValue="([^"]*)functions\.zh-cn\.json">\n(\s*)<bt:Override Locale="en-US" Value="[^"]*functions\.json"\/>/,
          'DefaultValue="$1functions.json">\n$2<bt:Override Locale="zh-CN" Value="$1functions.zh-cn.json"/>',
        ),
      'FUNCTIONS_WIRING',
    ],
    [
      'an override on the default locale (zh-CN)',
      (x: string) =>
        replaceOnce(
          x,
          /\n          <bt:Override Locale="en-US" Value="[^"]*functions\.json"\/>/,
          '\n          <bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-cn.json"/>',
        ),
      'OVERRIDE_DEFAULT_LOCALE',
    ],
    [
      'CustomFunctionsRuntime 1.1 (CustomFunctions.Error needs 1.2)',
      (x: string) =>
        replaceOnce(
          x,
          /Name="CustomFunctionsRuntime" MinVersion="[^"]*"/,
          'Name="CustomFunctionsRuntime" MinVersion="1.1"',
        ),
      'REQUIREMENT_TOO_LOW',
    ],
    [
      'no CustomFunctions extension point',
      (x: string) => replaceOnce(x, /        <AllFormFactors>[\s\S]*<\/AllFormFactors>\n/, ''),
      'FUNCTIONS_MISSING',
    ],
    [
      'no ExcelApi requirement',
      (x: string) => replaceOnce(x, /      <Set Name="ExcelApi"[^\n]*\n/, ''),
      'REQUIREMENT_MISSING',
    ],
    [
      'no CustomFunctionsRuntime requirement',
      (x: string) => replaceOnce(x, /\n    <Requirements>\n      <bt:Sets[\s\S]*?<\/Requirements>/, ''),
      'REQUIREMENT_MISSING',
    ],
    [
      'CustomFunctionsRuntime in the base requirements (a host without custom functions could not open the pane)',
      (x: string) =>
        replaceOnce(
          x,
          /(      <Set Name="ExcelApi"[^\n]*\n)/,
          '$1      <Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>\n',
        ),
      'REQUIREMENT_OPTIONAL_IN_BASE',
    ],
    [
      'an ExcelApi base above what the add-in needs (1.13 serves only merged cells)',
      (x: string) => replaceOnce(x, /Name="ExcelApi" MinVersion="[^"]*"/, 'Name="ExcelApi" MinVersion="1.13"'),
      'REQUIREMENT_OPTIONAL_IN_BASE',
    ],
    [
      'another set in the base requirements',
      (x: string) =>
        replaceOnce(
          x,
          /(      <Set Name="ExcelApi"[^\n]*\n)/,
          '$1      <Set Name="OpenBrowserWindowApi" MinVersion="1.1"/>\n',
        ),
      'REQUIREMENT_OPTIONAL_IN_BASE',
    ],
    [
      'CustomFunctionsRuntime 1.0',
      (x: string) =>
        replaceOnce(
          x,
          /Name="CustomFunctionsRuntime" MinVersion="[^"]*"/,
          'Name="CustomFunctionsRuntime" MinVersion="1.0"',
        ),
      'REQUIREMENT_TOO_LOW',
    ],
    [
      'the button on another tab',
      (x: string) => replaceOnce(x, 'id="TabHome"', 'id="TabData"'),
      'RIBBON_BUTTON_MISSING',
    ],
  ])('rejects %s', (_name, mutate, code) => {
    expect(codes(mutate(good))).toContain(code);
  });

  it('rejects a CustomFunctionsRuntime below what src/functions/requirements.ts declares', () => {
    expect(readCustomFunctionsRuntimeRequirement()).toBe('1.3');
    expect(good).toContain('<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>');
    expect(codes(good, { ...base, customFunctionsRuntimeRequirement: '1.4' })).toEqual(['REQUIREMENT_TOO_LOW']);
    expect(codes(good, { ...base, customFunctionsRuntimeRequirement: '1.3' })).toEqual([]);
  });

  it('rejects functions.json flags the declared runtime does not have', () => {
    const flagged = (json: string) => ({
      ...base,
      readDistFile: fakeDist({ [DIST_FILES.functionsMetadata]: encoder.encode(json) }),
    });
    expect(codes(good, flagged('{"allowErrorForDataTypeAny":true,"functions":[]}'))).toEqual([]);
    expect(codes(good, flagged('{"allowCustomDataForDataTypeAny":true,"functions":[]}'))).toEqual([
      'FUNCTIONS_FLAG_NEEDS_NEWER_RUNTIME',
    ]);
    const older = replaceOnce(
      good,
      /Name="CustomFunctionsRuntime" MinVersion="[^"]*"/,
      'Name="CustomFunctionsRuntime" MinVersion="1.2"',
    );
    expect(
      codes(older, {
        ...flagged('{"allowErrorForDataTypeAny":true,"functions":[]}'),
        customFunctionsRuntimeRequirement: '1.2',
      }),
    ).toContain('FUNCTIONS_FLAG_NEEDS_NEWER_RUNTIME');
    expect(codes(older, { ...flagged('{"functions":[]}'), customFunctionsRuntimeRequirement: '1.2' })).not.toContain(
      'FUNCTIONS_FLAG_NEEDS_NEWER_RUNTIME',
    );
  });

  it('wires the Chinese metadata as the default and the English one for en-US only', () => {
    expect(good).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions\.zh-cn\.json">\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions\.json"\/>\s*<\/bt:Url>/,
    );
    expect(good).not.toMatch(/Locale="zh-CN"/);
  });

  it('rejects an ExcelApi minimum below what the workbook layer declares, and one above it (compared as versions)', () => {
    const manifest = replaceOnce(good, /Name="ExcelApi" MinVersion="[^"]*"/, 'Name="ExcelApi" MinVersion="1.9"');
    expect(codes(manifest, { ...base, excelApiRequirement: '1.10' })).toEqual(['REQUIREMENT_TOO_LOW']);
    expect(codes(manifest, { ...base, excelApiRequirement: '1.9' })).toEqual([]);
    expect(codes(manifest, { ...base, excelApiRequirement: '1.8' })).toEqual(['REQUIREMENT_OPTIONAL_IN_BASE']);
    expect(compareVersions('1.10', '1.9')).toBe(1);
  });

  it('rejects a dist/ that lacks a file, has a non-PNG icon, or a functions page without the script', () => {
    expect(codes(good, { ...base, readDistFile: fakeDist({ [DIST_FILES.commands]: undefined }) })).toEqual([
      'URL_FILE_MISSING',
    ]);
    expect(
      codes(good, { ...base, readDistFile: fakeDist({ [DIST_FILES.icon(32)]: encoder.encode('GIF89a not a png') }) }),
    ).toEqual(['ICON_NOT_PNG', 'ICON_NOT_PNG', 'ICON_NOT_PNG']);
    expect(
      codes(good, {
        ...base,
        readDistFile: fakeDist({ [DIST_FILES.functionsPage]: encoder.encode('<script src="other.js"></script>') }),
      }),
    ).toEqual(['FUNCTIONS_WIRING']);
  });
});

describe('manifestInfoProblems (office-addin-manifest info)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-info-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the generated manifest and fails a truncated one', () => {
    writeFileSync(join(dir, 'good.xml'), good);
    writeFileSync(join(dir, 'bad.xml'), good.slice(0, 400));
    expect(manifestInfoProblems(join(dir, 'good.xml'))).toEqual([]);
    expect(manifestInfoProblems(join(dir, 'bad.xml')).map((p) => p.code)).toEqual(['MANIFEST_INFO_FAILED']);
  });
});
