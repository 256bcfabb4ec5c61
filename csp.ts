/**
 * The Content-Security-Policy of the built app: scripts, workers, styles, images and data only
 * from the app's own origin and its API. Inline styles are allowed because the chart library
 * sets style attributes; inline scripts are not.
 */
export function contentSecurityPolicy(
  apiBase: string | undefined,
  { header = false } = {},
): string {
  let apiOrigin = '';
  if (apiBase && /^https?:\/\//.test(apiBase)) apiOrigin = ` ${new URL(apiBase).origin}`;
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ];
  // frame-ancestors is ignored in a <meta> policy; it only works as a header.
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}
