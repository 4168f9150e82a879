// Types for manifest.mjs.
export declare function normalizeBaseUrl(
  raw: string,
): { ok: true; baseUrl: string } | { ok: false; code: 'BASE_URL_INVALID'; message: string };
export declare function generateManifest(options?: { baseUrl?: string }): string;
