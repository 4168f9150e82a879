// Types for staticPages.mjs (imported by tests).
import type { OfficeJsSource } from './pageHead.mjs';
export declare function commandsPage(source: OfficeJsSource): string;
export declare function supportPage(source: OfficeJsSource): string;
export declare function downloadPage(source: OfficeJsSource): string;
export declare const DOWNLOAD_SCRIPT: string;
