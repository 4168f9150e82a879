// Generates manifest.xml from manifest.template.xml: every URL hangs off one base URL, no hand editing.
import { readFileSync } from 'node:fs';
import {
  ADDIN_ID,
  ADDIN_VERSION,
  CUSTOM_FUNCTIONS_RUNTIME_MIN,
  DEV_BASE_URL,
  EXCEL_API_MIN,
  FUNCTIONS_NAMESPACE,
} from './addinConfig.mjs';

const TEMPLATE_URL = new URL('./manifest.template.xml', import.meta.url);

/**
 * Checks and normalises a deployment base URL: https, no query or fragment, ends with '/'.
 * @param {string} raw
 * @returns {{ ok: true, baseUrl: string } | { ok: false, code: 'BASE_URL_INVALID', message: string }}
 */
export function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, code: 'BASE_URL_INVALID', message: `not a URL: ${raw}` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, code: 'BASE_URL_INVALID', message: `Office loads add-ins only over https: ${raw}` };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, code: 'BASE_URL_INVALID', message: `the base URL may not carry a query or fragment: ${raw}` };
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, baseUrl: `${url.origin}${path}` };
}

/** @param {string} text */
function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Renders the manifest for one base URL.
 * @param {{ baseUrl?: string }} [options] the base URL (default: the development URL https://localhost:3000/)
 * @returns {string} the manifest XML
 */
export function generateManifest(options = {}) {
  const normalized = normalizeBaseUrl(options.baseUrl ?? DEV_BASE_URL);
  if (!normalized.ok) throw new Error(`${normalized.code}: ${normalized.message}`);
  /** @type {Record<string, string>} */
  const values = {
    BASE_URL: normalized.baseUrl,
    ADDIN_ID,
    ADDIN_VERSION,
    EXCEL_API_MIN,
    CUSTOM_FUNCTIONS_RUNTIME_MIN,
    FUNCTIONS_NAMESPACE,
  };
  const template = readFileSync(TEMPLATE_URL, 'utf8');
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (match, name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest template: unknown placeholder ${match}`);
    return escapeXmlAttribute(value);
  });
}
