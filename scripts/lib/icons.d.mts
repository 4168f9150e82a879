// Types for icons.mjs.
export declare function drawIcon(size: number): Buffer;
export declare function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined;
