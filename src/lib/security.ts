/**
 * The Content-Security-Policy of every page: the site may load from itself only.
 * Pages carry it in a <meta> tag; public/_headers repeats it (plus the parts a meta
 * tag cannot set) for hosts that read header files.
 */
export const cspDirectives: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind's search runs as WebAssembly: it may be compiled, nothing else evaluated.
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-src': "'none'",
};

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
