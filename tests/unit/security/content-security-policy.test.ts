import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../../src/lib/security/content-security-policy.ts';

const directive = (policy: string, name: string) => policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `));

describe('a page\'s Content-Security-Policy', () => {
  it('hashes an inline script as the browser does (SHA-256 of its UTF-8 text, base64)', () => {
    // The hash of the empty string, as every CSP reference gives it.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('é')).not.toBe(hashSource('e'));
  });

  it('allows the site\'s own files and the page\'s inline scripts and styles by hash, once each, and nothing inline besides', () => {
    const policy = contentSecurityPolicy({ inlineScripts: ['a()', 'a()', 'b()'], inlineStyles: ['p{}'] });
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${hashSource('a()')} ${hashSource('b()')}`);
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${hashSource('p{}')}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive(contentSecurityPolicy(), 'script-src')).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy(), 'style-src')).toBe("style-src 'self'");
  });

  it('allows WebAssembly only on a page that asks for it', () => {
    expect(contentSecurityPolicy({ inlineScripts: ['a()'] })).not.toContain('wasm-unsafe-eval');
    expect(directive(contentSecurityPolicy({ inlineScripts: ['a()'], webAssembly: true }), 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hashSource('a()')}`);
  });
});
