// Types for pageHead.mjs.
export type OfficeJsSource = 'cdn' | 'local';
export declare function officeJsSource(value: string | undefined): OfficeJsSource;
export declare function contentSecurityPolicy(source: OfficeJsSource): string;
export declare function officeScriptUrl(
  source: OfficeJsSource,
  file: 'office.js' | 'custom-functions-runtime.js',
): string;
export declare function escapeHtmlAttribute(text: string): string;
export declare function cspMetaTag(source: OfficeJsSource): string;
