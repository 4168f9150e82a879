// The add-in's fixed identity and the constants every generated file derives from (manifest, pages, docs).

/** The add-in's GUID: generated once, never change it (Office keys settings and the install on it). */
export const ADDIN_ID = 'f161128f-22af-4228-982a-fd1ce34c1c43';
/** Manifest version (four parts); raise it when a deployed manifest changes. */
export const ADDIN_VERSION = '1.0.0.0';
/** Every URL of the development manifest hangs off this base. */
export const DEV_BASE_URL = 'https://localhost:3000/';
/** The base ExcelApi requirement: exactly EXCEL_API_REQUIREMENT of src/workbook/requirements.ts (`npm run validate` refuses less, and more: newer sets are optional features checked at run time). */
export const EXCEL_API_MIN = '1.9';
/** JavaScript-only custom functions runtime requirement set, declared inside <VersionOverrides> only; must be >= CUSTOM_FUNCTIONS_RUNTIME_REQUIREMENT of src/functions/requirements.ts (`npm run validate` checks). */
export const CUSTOM_FUNCTIONS_RUNTIME_MIN = '1.3';
/** The formula namespace: =TASKS.ISOVERDUE(...). */
export const FUNCTIONS_NAMESPACE = 'TASKS';
/** Microsoft's CDN copy of office.js (AppSource requires it in production). */
export const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The custom functions runtime script that Microsoft's template loads in functions.html. */
export const CF_RUNTIME_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js';
/** Folder of dist/ that holds the local office.js copy when OFFICE_JS=local. */
export const LOCAL_OFFICE_JS_DIR = 'office-js';
/** Files of @microsoft/office-js/dist copied for the local mode: office.js fetches the mapping table from its own folder. */
export const LOCAL_OFFICE_JS_FILES = ['office.js', 'o15apptofilemappingtable.js', 'custom-functions-runtime.js'];
/** Icon sizes the build draws (px); the manifest names each of them. */
export const ICON_SIZES = [16, 32, 64, 80];

/** The files of dist/ that the manifest points at, relative to the base URL. */
export const DIST_FILES = {
  taskpane: 'taskpane.html',
  commands: 'commands.html',
  support: 'support.html',
  /** Opened in a browser by Excel on Mac to save a .zip (not in the manifest). */
  download: 'download.html',
  downloadScript: 'download.js',
  functionsPage: 'functions.html',
  functionsScript: 'functions.js',
  functionsMetadata: 'functions.json',
  functionsMetadataZhCn: 'functions.zh-cn.json',
  /** The offline page: one self-contained file, no office.js (not in the manifest). */
  ledgerPage: 'ledger.html',
  icon: (/** @type {number} */ size) => `assets/icon-${size}.png`,
};
