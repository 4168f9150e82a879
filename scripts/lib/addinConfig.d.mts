// Types for addinConfig.mjs.
export declare const ADDIN_ID: string;
export declare const ADDIN_VERSION: string;
export declare const DEV_BASE_URL: string;
export declare const EXCEL_API_MIN: string;
export declare const CUSTOM_FUNCTIONS_RUNTIME_MIN: string;
export declare const FUNCTIONS_NAMESPACE: string;
export declare const OFFICE_JS_CDN_URL: string;
export declare const CF_RUNTIME_CDN_URL: string;
export declare const LOCAL_OFFICE_JS_DIR: string;
export declare const LOCAL_OFFICE_JS_FILES: string[];
export declare const ICON_SIZES: number[];
export declare const DIST_FILES: {
  taskpane: string;
  commands: string;
  support: string;
  download: string;
  downloadScript: string;
  functionsPage: string;
  functionsScript: string;
  functionsMetadata: string;
  functionsMetadataZhCn: string;
  ledgerPage: string;
  icon: (size: number) => string;
};
