// What the content script loads only when the reader first asks for it (a conversion, ruby, "On this
// page"): entrypoints/page-tools.ts bundles these separately, so every page's content script stays small.
import { PageConverter } from '../../features/conversion/content/page-converter';
import { createRubyAnnotation } from '../../features/ruby/content/ruby-annotation';
import { createTermReveal } from '../../features/glossary/content/term-reveal';

export const pageTools = { PageConverter, createRubyAnnotation, createTermReveal };
export type PageTools = typeof pageTools;

/** Where the loaded bundle leaves the tools: a property of the content script's own global (its isolated world). */
export const PAGE_TOOLS_GLOBAL = '__xinwenPageTools';
