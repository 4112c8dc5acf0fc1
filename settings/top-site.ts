// The site a page's settings follow: the tab's, as the popup shows and switches it, also in the page's frames.
import { siteOf } from './site';

/** The top page's site: read directly when it is same-origin (about:blank and srcdoc frames included), from
 * location.ancestorOrigins where the browser has it (Chromium), else the frame's own site (Firefox, cross-origin). */
export function topSiteOf(window: Window): string {
  try {
    if (window.top && window.top !== window) return siteOf(window.top.location.hostname);
  } catch {
    // A cross-origin top page: its location cannot be read.
  }
  const ancestors = window.location.ancestorOrigins;
  if (window.top !== window && ancestors && ancestors.length > 0) {
    try {
      return siteOf(new URL(ancestors[ancestors.length - 1]!).hostname);
    } catch {
      // An opaque origin ("null"): fall back to the frame's own site.
    }
  }
  return siteOf(window.location.hostname);
}
