// The site a page's per-site settings are kept under, from a host name or from what a reader typed.

/**
 * The name per-site settings are kept under: the host name in lower case, without a leading "www." or
 * a trailing dot, so a rule made on www.example.com holds on example.com too.
 */
export const siteOf = (hostname: string): string => hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** The site a reader typed (a host name or a whole address), or null when it names none. */
export function siteFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    // URL accepts "a b" as a host only percent-encoded, and "localhost" style names without a dot.
    return /^[a-z0-9.-]+$/.test(url.hostname) && url.hostname.includes('.') ? siteOf(url.hostname) : null;
  } catch {
    return null;
  }
}
