import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspMetaTag, officeJsSource, officeScriptUrl } from '../../scripts/lib/pageHead.mjs';

/** Directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('contentSecurityPolicy', () => {
  it('lets scripts come only from the page and, with the CDN build, from office.js’s origin', () => {
    expect(directives(contentSecurityPolicy('cdn')).get('script-src')).toEqual([
      "'self'",
      'https://appsforoffice.microsoft.com',
    ]);
    expect(directives(contentSecurityPolicy('local')).get('script-src')).toEqual(["'self'"]);
  });

  it('never allows eval or inline script, and locks objects, base and connections', () => {
    for (const source of ['cdn', 'local'] as const) {
      const policy = contentSecurityPolicy(source);
      expect(policy).not.toContain('unsafe-eval');
      const map = directives(policy);
      expect(map.get('script-src')).not.toContain("'unsafe-inline'");
      expect(map.get('default-src')).toEqual(["'self'"]);
      expect(map.get('object-src')).toEqual(["'none'"]);
      expect(map.get('base-uri')).toEqual(["'self'"]);
      expect(map.get('connect-src')).toEqual(["'self'"]);
      expect(map.get('worker-src')).toEqual(["'self'"]); // pdf.js's worker, from dist/pdfjs/ only
      expect(map.has('frame-ancestors')).toBe(false); // ignored in <meta>: the server sends it
    }
  });

  it("allows inline styles only, for FluentProvider's theme <style> text", () => {
    expect(directives(contentSecurityPolicy('cdn')).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('renders as a <meta http-equiv> tag with quotes escaped for the attribute', () => {
    expect(cspMetaTag('local')).toMatch(
      /^<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;|^<meta http-equiv="Content-Security-Policy" content="default-src 'self'/,
    );
  });
});

describe('office.js location', () => {
  it('is the CDN unless OFFICE_JS=local', () => {
    expect(officeJsSource(undefined)).toBe('cdn');
    expect(officeJsSource('cdn')).toBe('cdn');
    expect(officeJsSource('local')).toBe('local');
    expect(officeScriptUrl('cdn', 'office.js')).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(officeScriptUrl('local', 'office.js')).toBe('office-js/office.js');
    expect(officeScriptUrl('local', 'custom-functions-runtime.js')).toBe('office-js/custom-functions-runtime.js');
  });
});
