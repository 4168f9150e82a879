// Offline checks of manifest.xml against the built dist/ (Microsoft's validator needs the internet).
// Each problem is data: { code, message }. The CLI is scripts/validate-manifest.mjs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize, sep } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { CUSTOM_FUNCTIONS_RUNTIME_MIN, DIST_FILES, FUNCTIONS_NAMESPACE } from './addinConfig.mjs';
import { readPngSize } from './icons.mjs';

/** OfficeApp children in the order the TaskPaneApp schema requires. */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
  'ExtendedOverrides',
];
const OFFICE_APP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'Hosts',
  'DefaultSettings',
  'Permissions',
];

/** Documented child orders inside VersionOverrides (TaskPane 1.0), keyed by the parent's local name. */
const VERSION_OVERRIDES_ORDERS = {
  VersionOverrides: [
    'Description',
    'Requirements',
    'Hosts',
    'Resources',
    'WebApplicationInfo',
    'EquivalentAddins',
    'VersionOverrides',
  ],
  Host: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  CustomFunctions: ['Script', 'Page', 'Metadata', 'Namespace'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Group: ['Label', 'Icon', 'Control'],
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const MAX_RESID_LENGTH = 32;

/**
 * @typedef {{ code: string, message: string }} ManifestProblem
 * @typedef {{
 *   readDistFile: (relativePath: string) => Uint8Array | undefined,
 *   excelApiRequirement?: string | undefined,
 *   customFunctionsRuntimeRequirement?: string | undefined,
 *   namespace?: string,
 * }} ValidateOptions
 */

/** @param {Element} element @returns {Element[]} */
function childElements(element) {
  /** @type {Element[]} */
  const out = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(/** @type {Element} */ (node));
  }
  return out;
}

/** @param {Element} element @param {string} name */
function child(element, name) {
  return childElements(element).find((e) => e.localName === name);
}

/** @param {Element | Document} root @param {string} name @returns {Element[]} */
function descendants(root, name) {
  return Array.from(root.getElementsByTagNameNS('*', name));
}

/** @param {Element} element */
function xsiType(element) {
  return element.getAttributeNS(XSI, 'type') ?? element.getAttribute('xsi:type') ?? '';
}

/** @param {Element} element */
function pathOf(element) {
  const parts = [];
  for (let e = /** @type {Node | null} */ (element); e && e.nodeType === 1; e = e.parentNode) {
    const el = /** @type {Element} */ (e);
    const type = xsiType(el);
    parts.unshift(type ? `${el.localName}[${type}]` : el.localName);
  }
  return parts.join('/');
}

/** Compares dotted versions numerically: '1.10' > '1.9'. @param {string} a @param {string} b */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * Checks that the element's children appear in the given order (unknown names are reported too).
 * @param {Element} parent @param {string[]} order @param {ManifestProblem[]} problems @param {string} code
 */
function checkOrder(parent, order, problems, code) {
  let last = -1;
  let lastName = '';
  for (const el of childElements(parent)) {
    const index = order.indexOf(el.localName);
    if (index === -1) {
      problems.push({
        code: 'ELEMENT_UNKNOWN',
        message: `${pathOf(parent)}: <${el.localName}> is not a valid child (expected one of ${order.join(', ')})`,
      });
      continue;
    }
    if (index < last) {
      problems.push({ code, message: `${pathOf(parent)}: <${el.localName}> must come before <${lastName}>` });
    }
    if (index >= last) {
      last = index;
      lastName = el.localName;
    }
  }
}

/**
 * Parses XML text; returns the document or the parser's complaints.
 * @param {string} xml
 * @returns {{ document: Document, problems: ManifestProblem[] }}
 */
function parseXml(xml) {
  /** @type {ManifestProblem[]} */
  const problems = [];
  try {
    const document = /** @type {Document} */ (
      /** @type {unknown} */ (
        new DOMParser({
          onError: (level, message) => {
            if (level !== 'warning') problems.push({ code: 'XML_MALFORMED', message: `${level}: ${message}` });
          },
        }).parseFromString(xml, 'text/xml')
      )
    );
    return { document, problems };
  } catch (error) {
    problems.push({ code: 'XML_MALFORMED', message: error instanceof Error ? error.message : String(error) });
    return { document: /** @type {Document} */ (/** @type {unknown} */ (null)), problems };
  }
}

/**
 * Runs every offline check on a manifest.
 * @param {string} xml the manifest text
 * @param {ValidateOptions} options how to read dist/ files and which requirements the code needs
 * @returns {ManifestProblem[]} empty when the manifest is good
 */
export function validateManifest(xml, options) {
  const { document, problems } = parseXml(xml);
  if (problems.length > 0 || !document || !document.documentElement) {
    if (problems.length === 0) problems.push({ code: 'XML_MALFORMED', message: 'no root element' });
    return problems;
  }
  const root = document.documentElement;
  if (root.localName !== 'OfficeApp' || xsiType(root) !== 'TaskPaneApp') {
    problems.push({
      code: 'ROOT_INVALID',
      message: `root must be <OfficeApp xsi:type="TaskPaneApp">, found <${root.localName} xsi:type="${xsiType(root)}">`,
    });
    return problems;
  }

  // Top-level order and required elements.
  checkOrder(root, OFFICE_APP_ORDER, problems, 'ELEMENT_ORDER');
  for (const name of OFFICE_APP_REQUIRED) {
    if (!child(root, name)) problems.push({ code: 'ELEMENT_MISSING', message: `OfficeApp: <${name}> is required` });
  }
  const versionOverrides = child(root, 'VersionOverrides');
  if (!versionOverrides) {
    problems.push({
      code: 'ELEMENT_MISSING',
      message: 'OfficeApp: <VersionOverrides> is required for the ribbon button and the custom functions',
    });
  } else {
    checkVersionOverridesOrder(versionOverrides, problems);
  }

  checkIdentity(root, problems);
  checkHostsAndPermissions(root, versionOverrides, problems);
  checkDefaultLocaleOverrides(root, problems);
  checkRequirements(root, options, problems);
  const resources = collectResources(versionOverrides, problems);
  checkResids(document, resources, problems);
  checkUrls(root, resources, options, problems);
  checkIcons(root, resources, options, problems);
  checkCustomFunctions(versionOverrides, resources, options, problems);
  checkRibbonButton(versionOverrides, problems);
  return problems;
}

/** @param {Element} versionOverrides @param {ManifestProblem[]} problems */
function checkVersionOverridesOrder(versionOverrides, problems) {
  checkOrder(versionOverrides, VERSION_OVERRIDES_ORDERS.VersionOverrides, problems, 'VERSION_OVERRIDES_ORDER');
  /** @type {Array<[string, string[]]>} */
  const nested = [
    ['Host', VERSION_OVERRIDES_ORDERS.Host],
    ['DesktopFormFactor', VERSION_OVERRIDES_ORDERS.DesktopFormFactor],
    ['GetStarted', VERSION_OVERRIDES_ORDERS.GetStarted],
    ['Resources', VERSION_OVERRIDES_ORDERS.Resources],
    ['Control', VERSION_OVERRIDES_ORDERS.Control],
    ['Group', VERSION_OVERRIDES_ORDERS.Group],
  ];
  for (const [name, order] of nested) {
    for (const el of descendants(versionOverrides, name)) checkOrder(el, order, problems, 'VERSION_OVERRIDES_ORDER');
  }
  for (const point of descendants(versionOverrides, 'ExtensionPoint')) {
    if (xsiType(point) === 'CustomFunctions')
      checkOrder(point, VERSION_OVERRIDES_ORDERS.CustomFunctions, problems, 'VERSION_OVERRIDES_ORDER');
  }
}

/** @param {Element} root @param {ManifestProblem[]} problems */
function checkIdentity(root, problems) {
  const id = child(root, 'Id')?.textContent?.trim() ?? '';
  if (!GUID.test(id)) problems.push({ code: 'ID_NOT_GUID', message: `<Id> must be a GUID, found "${id}"` });
  const version = child(root, 'Version')?.textContent?.trim() ?? '';
  if (!VERSION.test(version))
    problems.push({ code: 'VERSION_INVALID', message: `<Version> must be n.n.n.n, found "${version}"` });
  for (const name of ['DisplayName', 'Description']) {
    const el = child(root, name);
    if (!el) continue;
    if ((el.getAttribute('DefaultValue') ?? '').trim() === '') {
      problems.push({ code: 'TEXT_EMPTY', message: `<${name}> has no DefaultValue` });
    }
    const overrides = childElements(el).filter((o) => o.localName === 'Override');
    if (!overrides.some((o) => o.getAttribute('Locale') === 'en-US' && (o.getAttribute('Value') ?? '') !== '')) {
      problems.push({
        code: 'LOCALE_OVERRIDE_MISSING',
        message: `<${name}> needs an en-US <Override> (the default locale is zh-CN)`,
      });
    }
  }
}

/** @param {Element} root @param {Element | undefined} versionOverrides @param {ManifestProblem[]} problems */
function checkHostsAndPermissions(root, versionOverrides, problems) {
  const hosts = child(root, 'Hosts');
  const names = hosts ? childElements(hosts).map((h) => h.getAttribute('Name') ?? '') : [];
  if (names.length !== 1 || names[0] !== 'Workbook') {
    problems.push({
      code: 'HOST_INVALID',
      message: `<Hosts> must name exactly the Workbook host, found [${names.join(', ')}]`,
    });
  }
  if (versionOverrides) {
    const types = descendants(versionOverrides, 'Host').map(xsiType);
    if (types.length !== 1 || types[0] !== 'Workbook') {
      problems.push({
        code: 'HOST_INVALID',
        message: `VersionOverrides must declare exactly one Host xsi:type="Workbook", found [${types.join(', ')}]`,
      });
    }
  }
  const permission = child(root, 'Permissions')?.textContent?.trim();
  if (permission !== undefined && permission !== 'ReadWriteDocument') {
    problems.push({
      code: 'PERMISSION_INVALID',
      message: `<Permissions> must be ReadWriteDocument (nothing broader or narrower), found "${permission}"`,
    });
  }
}

/** Functions.json flags and the CustomFunctionsRuntime each needs (learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets). */
const FUNCTIONS_FLAG_RUNTIME = { allowErrorForDataTypeAny: '1.3', allowCustomDataForDataTypeAny: '1.4' };

/** The minimum version of each set of a `<Requirements>` element (`Sets`/`bt:Sets`, `Set`/`bt:Set`). @param {Element | undefined} requirements */
function requiredSets(requirements) {
  /** @type {Map<string, string>} */
  const sets = new Map();
  if (!requirements) return sets;
  const defaultMin = descendants(requirements, 'Sets')[0]?.getAttribute('DefaultMinVersion') ?? '1.1';
  for (const set of descendants(requirements, 'Set'))
    sets.set(set.getAttribute('Name') ?? '', set.getAttribute('MinVersion') ?? defaultMin);
  return sets;
}

/**
 * Requirements by feature (learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements: "Only use
 * the base manifest to specify the API members that your add-in must have to be of any significant value at all"): the base
 * `<Requirements>` hold ExcelApi at exactly what the workbook layer cannot work without, nothing an optional feature alone
 * needs; CustomFunctionsRuntime is declared inside `<VersionOverrides>`, at least what the functions and their metadata need.
 * @param {Element} root @param {ValidateOptions} options @param {ManifestProblem[]} problems
 */
function checkRequirements(root, options, problems) {
  const base = requiredSets(child(root, 'Requirements'));
  const excel = base.get('ExcelApi');
  if (excel === undefined) {
    problems.push({ code: 'REQUIREMENT_MISSING', message: 'Requirements: <Set Name="ExcelApi"> is missing' });
  } else if (options.excelApiRequirement !== undefined && compareVersions(excel, options.excelApiRequirement) < 0) {
    problems.push({
      code: 'REQUIREMENT_TOO_LOW',
      message: `Requirements: ExcelApi ${excel} is below ${options.excelApiRequirement}, which the workbook layer uses (src/workbook/requirements.ts)`,
    });
  } else if (options.excelApiRequirement !== undefined && compareVersions(excel, options.excelApiRequirement) > 0) {
    problems.push({
      code: 'REQUIREMENT_OPTIONAL_IN_BASE',
      message: `Requirements: ExcelApi ${excel} is above ${options.excelApiRequirement}, all the add-in needs (src/workbook/requirements.ts); newer sets serve optional features, checked at run time, and would keep hosts that lack them from loading the add-in at all`,
    });
  }
  for (const [name, version] of base) {
    if (name === 'ExcelApi') continue;
    problems.push({
      code: 'REQUIREMENT_OPTIONAL_IN_BASE',
      message: `Requirements: ${name} ${version} is needed only by an optional feature; declare it inside <VersionOverrides> (or check it at run time), so hosts without it still open the pane`,
    });
  }
  const versionOverrides = child(root, 'VersionOverrides');
  const hasFunctions = versionOverrides
    ? descendants(versionOverrides, 'ExtensionPoint').some((p) => xsiType(p) === 'CustomFunctions')
    : false;
  if (!hasFunctions || !versionOverrides) return;
  const runtime = requiredSets(child(versionOverrides, 'Requirements')).get('CustomFunctionsRuntime');
  if (runtime === undefined) {
    problems.push({
      code: 'REQUIREMENT_MISSING',
      message: 'VersionOverrides: <Requirements> must name CustomFunctionsRuntime for the custom functions',
    });
    return;
  }
  const needed = options.customFunctionsRuntimeRequirement ?? readCustomFunctionsRuntimeRequirement();
  for (const [floor, why] of [
    [CUSTOM_FUNCTIONS_RUNTIME_MIN, 'the configured minimum'],
    [needed, 'which the functions use (src/functions/requirements.ts)'],
  ]) {
    if (floor !== undefined && compareVersions(runtime, floor) < 0) {
      problems.push({
        code: 'REQUIREMENT_TOO_LOW',
        message: `VersionOverrides: CustomFunctionsRuntime ${runtime} is below ${floor}, ${why}`,
      });
    }
  }
  checkFunctionsFlags(runtime, options, problems);
}

/** Each functions.json's top-level flags against the declared runtime. @param {string} runtime @param {ValidateOptions} options @param {ManifestProblem[]} problems */
function checkFunctionsFlags(runtime, options, problems) {
  for (const file of [DIST_FILES.functionsMetadata, DIST_FILES.functionsMetadataZhCn]) {
    const bytes = options.readDistFile(file);
    if (!bytes) continue;
    /** @type {Record<string, unknown>} */
    let json;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      continue; // the wiring check reports an unreadable metadata file
    }
    for (const [flag, needs] of Object.entries(FUNCTIONS_FLAG_RUNTIME)) {
      if (json[flag] === true && compareVersions(runtime, needs) < 0) {
        problems.push({
          code: 'FUNCTIONS_FLAG_NEEDS_NEWER_RUNTIME',
          message: `${file}: ${flag} needs CustomFunctionsRuntime ${needs}, the manifest declares ${runtime}`,
        });
      }
    }
  }
}

/** `CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT` of src/functions/requirements.ts (a plain string literal), or undefined. */
export function readCustomFunctionsRuntimeRequirement(
  file = fileURLToPath(new URL('../../src/functions/requirements.ts', import.meta.url)),
) {
  if (!existsSync(file)) return undefined;
  return /CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT\s*=\s*'([\d.]+)'/.exec(readFileSync(file, 'utf8'))?.[1];
}

/**
 * Microsoft's localization rules allow one value per language, the default locale included: an `<Override>` for the
 * `<DefaultLocale>` may be ignored (https://learn.microsoft.com/office/dev/add-ins/develop/localization).
 * @param {Element} root @param {ManifestProblem[]} problems
 */
function checkDefaultLocaleOverrides(root, problems) {
  const locale = (child(root, 'DefaultLocale')?.textContent ?? '').trim().toLowerCase();
  if (locale === '') return;
  for (const el of descendants(root, 'Override')) {
    if ((el.getAttribute('Locale') ?? '').trim().toLowerCase() !== locale) continue;
    const owner = /** @type {Element | null} */ (el.parentNode);
    problems.push({
      code: 'OVERRIDE_DEFAULT_LOCALE',
      message: `${owner ? pathOf(owner) : 'Override'}: an <Override> for the default locale ${locale} (put that value in DefaultValue)`,
    });
  }
}

/**
 * @typedef {{ kind: string, value: string, overrides: string[] }} Resource
 * @param {Element | undefined} versionOverrides @param {ManifestProblem[]} problems
 * @returns {Map<string, Resource>}
 */
function collectResources(versionOverrides, problems) {
  /** @type {Map<string, Resource>} */
  const resources = new Map();
  const section = versionOverrides ? child(versionOverrides, 'Resources') : undefined;
  if (!section) return resources;
  for (const group of childElements(section)) {
    for (const item of childElements(group)) {
      const id = item.getAttribute('id') ?? '';
      if (resources.has(id))
        problems.push({ code: 'RESID_DUPLICATE', message: `Resources: id "${id}" is defined twice` });
      if (id.length === 0 || id.length > MAX_RESID_LENGTH) {
        problems.push({
          code: 'RESID_INVALID',
          message: `Resources: id "${id}" must be 1–${MAX_RESID_LENGTH} characters`,
        });
      }
      const overrides = childElements(item)
        .filter((o) => o.localName === 'Override')
        .map((o) => o.getAttribute('Value') ?? '');
      resources.set(id, { kind: group.localName, value: item.getAttribute('DefaultValue') ?? '', overrides });
    }
  }
  return resources;
}

/** Which resource group each resid-bearing element must point into. */
const RESID_KINDS = /** @type {Record<string, string>} */ ({
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
});

/** @param {Document} document @param {Map<string, Resource>} resources @param {ManifestProblem[]} problems */
function checkResids(document, resources, problems) {
  const used = new Set();
  for (const el of Array.from(document.getElementsByTagName('*'))) {
    const resid = el.getAttribute('resid');
    if (resid === null) continue;
    used.add(resid);
    const resource = resources.get(resid);
    if (!resource) {
      problems.push({
        code: 'RESID_UNDEFINED',
        message: `${pathOf(el)}: resid "${resid}" is not defined in Resources`,
      });
      continue;
    }
    const expected = RESID_KINDS[el.localName];
    if (expected !== undefined && resource.kind !== expected) {
      problems.push({
        code: 'RESID_WRONG_KIND',
        message: `${pathOf(el)}: resid "${resid}" is a ${resource.kind} entry, expected ${expected}`,
      });
    }
  }
  for (const id of resources.keys()) {
    if (!used.has(id)) problems.push({ code: 'RESID_UNUSED', message: `Resources: "${id}" is defined but never used` });
  }
}

/** Every URL of the manifest: base-part DefaultValue/Value attributes and URL/image resources. */
function collectUrls(/** @type {Element} */ root, /** @type {Map<string, Resource>} */ resources) {
  /** @type {Array<{ where: string, url: string }>} */
  const urls = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = child(root, name);
    if (el) urls.push({ where: name, url: el.getAttribute('DefaultValue') ?? '' });
  }
  const settings = child(root, 'DefaultSettings');
  const source = settings ? child(settings, 'SourceLocation') : undefined;
  if (source) urls.push({ where: 'DefaultSettings/SourceLocation', url: source.getAttribute('DefaultValue') ?? '' });
  for (const [id, resource] of resources) {
    if (resource.kind !== 'Urls' && resource.kind !== 'Images') continue;
    urls.push({ where: `Resources ${id}`, url: resource.value });
    for (const url of resource.overrides) urls.push({ where: `Resources ${id} (override)`, url });
  }
  return urls;
}

/** The base URL: the folder of the task pane page (DefaultSettings/SourceLocation). @param {Element} root */
function manifestBaseUrl(root) {
  const settings = child(root, 'DefaultSettings');
  const url = (settings ? child(settings, 'SourceLocation') : undefined)?.getAttribute('DefaultValue') ?? '';
  const slash = url.lastIndexOf('/');
  return slash > 'https://'.length ? url.slice(0, slash + 1) : undefined;
}

/** @param {string} url @param {string | undefined} base */
function relativeToBase(url, base) {
  if (base === undefined || !url.startsWith(base)) return undefined;
  return decodeURIComponent(url.slice(base.length).split(/[?#]/)[0] ?? '');
}

/** @param {Element} root @param {Map<string, Resource>} resources @param {ValidateOptions} options @param {ManifestProblem[]} problems */
function checkUrls(root, resources, options, problems) {
  const base = manifestBaseUrl(root);
  if (base === undefined) {
    problems.push({ code: 'URL_OUTSIDE_BASE', message: 'DefaultSettings/SourceLocation gives no base URL' });
    return;
  }
  for (const { where, url } of collectUrls(root, resources)) {
    if (!url.startsWith('https://')) {
      problems.push({ code: 'URL_NOT_HTTPS', message: `${where}: "${url}" is not https` });
      continue;
    }
    const relative = relativeToBase(url, base);
    if (relative === undefined) {
      problems.push({
        code: 'URL_OUTSIDE_BASE',
        message: `${where}: "${url}" does not start with the base URL ${base}`,
      });
      continue;
    }
    if (relative === '' || options.readDistFile(relative) === undefined) {
      problems.push({
        code: 'URL_FILE_MISSING',
        message: `${where}: "${url}" names ${relative || '(a folder)'}, which the build does not emit in dist/`,
      });
    }
  }
}

/** @param {Element} root @param {Map<string, Resource>} resources @param {ValidateOptions} options @param {ManifestProblem[]} problems */
function checkIcons(root, resources, options, problems) {
  const base = manifestBaseUrl(root);
  /** @type {Array<{ where: string, url: string, size: number }>} */
  const claims = [];
  const icon = child(root, 'IconUrl')?.getAttribute('DefaultValue');
  if (icon) claims.push({ where: 'IconUrl', url: icon, size: 32 });
  const highRes = child(root, 'HighResolutionIconUrl')?.getAttribute('DefaultValue');
  if (highRes) claims.push({ where: 'HighResolutionIconUrl', url: highRes, size: 64 });
  for (const image of descendants(root, 'Image')) {
    const resid = image.getAttribute('resid');
    const resource = resid === null ? undefined : resources.get(resid);
    if (!resource || resource.kind !== 'Images') continue;
    claims.push({
      where: `${pathOf(image)} (${resid})`,
      url: resource.value,
      size: Number(image.getAttribute('size')),
    });
  }
  for (const claim of claims) {
    const relative = relativeToBase(claim.url, base);
    const bytes = relative === undefined || relative === '' ? undefined : options.readDistFile(relative);
    if (!bytes) continue; // reported by the URL checks
    const size = readPngSize(bytes);
    if (!size) {
      problems.push({ code: 'ICON_NOT_PNG', message: `${claim.where}: ${relative} is not a PNG file` });
    } else if (size.width !== claim.size || size.height !== claim.size) {
      problems.push({
        code: 'ICON_SIZE_MISMATCH',
        message: `${claim.where}: ${relative} is ${size.width}×${size.height}, the manifest claims ${claim.size}×${claim.size}`,
      });
    }
  }
}

/** @param {Element | undefined} versionOverrides @param {Map<string, Resource>} resources @param {ValidateOptions} options @param {ManifestProblem[]} problems */
function checkCustomFunctions(versionOverrides, resources, options, problems) {
  const point = versionOverrides
    ? descendants(versionOverrides, 'ExtensionPoint').find((p) => xsiType(p) === 'CustomFunctions')
    : undefined;
  if (!point) {
    problems.push({
      code: 'FUNCTIONS_MISSING',
      message: 'VersionOverrides: no <ExtensionPoint xsi:type="CustomFunctions">',
    });
    return;
  }
  /** @param {string} name */
  const urlOf = (name) => {
    const el = child(point, name);
    const resid = (el ? child(el, 'SourceLocation') : undefined)?.getAttribute('resid');
    return resid ? resources.get(resid) : undefined;
  };
  const script = urlOf('Script');
  const page = urlOf('Page');
  const metadata = urlOf('Metadata');
  /** @type {Array<[string, Resource | undefined, RegExp]>} */
  const parts = [
    ['Script', script, /\.js$/],
    ['Page', page, /\.html$/],
    ['Metadata', metadata, /\.json$/],
  ];
  for (const [name, resource, pattern] of parts) {
    if (!resource)
      problems.push({
        code: 'FUNCTIONS_WIRING',
        message: `CustomFunctions: <${name}> has no SourceLocation resolving to a URL`,
      });
    else if (!pattern.test(resource.value))
      problems.push({
        code: 'FUNCTIONS_WIRING',
        message: `CustomFunctions: <${name}> URL ${resource.value} should end with ${pattern.source.replace(/\\|\$/g, '')}`,
      });
  }
  // DefaultLocale is zh-CN: the default is the Chinese metadata, and en-US overrides it with the English one.
  if (metadata && !/functions\.zh-cn\.json$/.test(metadata.value)) {
    problems.push({
      code: 'FUNCTIONS_WIRING',
      message:
        "CustomFunctions: the metadata URL's DefaultValue must be functions.zh-cn.json (the default locale is zh-CN)",
    });
  }
  if (metadata && !metadata.overrides.some((url) => /functions\.json$/.test(url))) {
    problems.push({
      code: 'FUNCTIONS_WIRING',
      message: 'CustomFunctions: the metadata URL needs an en-US <bt:Override> naming functions.json',
    });
  }
  // The page must load the script the manifest names, or Excel on the web registers nothing.
  if (script && page) {
    const scriptName = script.value.slice(script.value.lastIndexOf('/') + 1);
    const pageName = page.value.slice(page.value.lastIndexOf('/') + 1);
    const pageBytes = options.readDistFile(pageName);
    if (pageBytes) {
      const html = new TextDecoder().decode(pageBytes);
      if (!new RegExp(`<script[^>]+src="[^"]*${scriptName.replace(/\./g, '\\.')}"`).test(html)) {
        problems.push({
          code: 'FUNCTIONS_WIRING',
          message: `CustomFunctions: ${pageName} does not load ${scriptName}`,
        });
      }
    }
  }
  const namespaceResid = child(point, 'Namespace')?.getAttribute('resid');
  const namespace = namespaceResid ? resources.get(namespaceResid) : undefined;
  const expected = options.namespace ?? FUNCTIONS_NAMESPACE;
  if (
    !namespace ||
    namespace.kind !== 'ShortStrings' ||
    namespace.value !== expected ||
    namespace.overrides.length > 0
  ) {
    problems.push({
      code: 'NAMESPACE_INVALID',
      message: `CustomFunctions: <Namespace> must resolve to the ShortString "${expected}" with no locale override, found "${namespace?.value ?? '(none)'}"`,
    });
  }
}

/** @param {Element | undefined} versionOverrides @param {ManifestProblem[]} problems */
function checkRibbonButton(versionOverrides, problems) {
  const homeTab = versionOverrides
    ? descendants(versionOverrides, 'OfficeTab').find((t) => t.getAttribute('id') === 'TabHome')
    : undefined;
  const opensPane = homeTab ? descendants(homeTab, 'Action').some((a) => xsiType(a) === 'ShowTaskpane') : false;
  if (!opensPane)
    problems.push({
      code: 'RIBBON_BUTTON_MISSING',
      message: 'No button on the Home tab (OfficeTab id="TabHome") with a ShowTaskpane action',
    });
}

/**
 * A readDistFile for a real folder: undefined for missing files, folders and paths escaping it.
 * @param {string} distDir
 * @returns {(relativePath: string) => Uint8Array | undefined}
 */
export function distReader(distDir) {
  return (relativePath) => {
    const full = normalize(join(distDir, relativePath));
    if (!full.startsWith(normalize(distDir) + sep)) return undefined;
    if (!existsSync(full) || !statSync(full).isFile()) return undefined;
    return readFileSync(full);
  };
}

/**
 * Reads `export const EXCEL_API_REQUIREMENT = '1.x'` from the workbook layer without executing it.
 * @param {string} requirementsFile path of src/workbook/requirements.ts
 * @returns {string | undefined} undefined when the file or constant does not exist (yet)
 */
export function readExcelApiRequirement(requirementsFile) {
  if (!existsSync(requirementsFile)) return undefined;
  const match = /export\s+const\s+EXCEL_API_REQUIREMENT\s*(?::\s*[\w.]+\s*)?=\s*['"](\d+(?:\.\d+)*)['"]/.exec(
    readFileSync(requirementsFile, 'utf8'),
  );
  return match?.[1];
}

/**
 * Microsoft's own parser (`office-addin-manifest info`): it must exit 0 and echo the manifest's Id.
 * @param {string} file path of a manifest
 * @returns {ManifestProblem[]}
 */
export function manifestInfoProblems(file) {
  const cli = createRequire(import.meta.url).resolve('office-addin-manifest/cli.js');
  const result = spawnSync(process.execPath, [cli, 'info', file], { encoding: 'utf8' });
  const id = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(existsSync(file) ? readFileSync(file, 'utf8') : '')?.[1];
  if (result.status !== 0 || id === undefined || !result.stdout.includes(`Id: ${id}`)) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(0, 4).join(' | ');
    return [
      {
        code: 'MANIFEST_INFO_FAILED',
        message: `office-addin-manifest info exited ${result.status ?? result.signal}: ${output}`,
      },
    ];
  }
  return [];
}
