// What the content script loads only when the reader first asks for it (a conversion, ruby, "On this
// page", the page's article): entrypoints/page-tools.ts bundles these separately, so every page's content
// script stays small.
import { PageConverter } from '../../features/conversion/content/page-converter';
import { createRubyAnnotation } from '../../features/ruby/content/ruby-annotation';
import { createTermReveal } from '../../features/glossary/content/term-reveal';
import { readPageContent } from '../../core/detection/page-text';
import { createPageTerms } from '../../features/glossary/content/page-terms';
import { startTermUnderline } from '../../features/glossary/content/term-underline';

export const pageTools = { PageConverter, createRubyAnnotation, createTermReveal, readPageContent, createPageTerms, startTermUnderline };
export type PageTools = typeof pageTools;

/** Where the loaded bundle leaves the tools: a property of the content script's own global (its isolated world). */
export const PAGE_TOOLS_GLOBAL = '__xinwenPageTools';
