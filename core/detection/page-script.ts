// A page's script as the detector decides it: the article's when it says enough, else the whole page's; and
// how much of a text one message carries to the worker, which holds the script tables.
import type { Script, ScriptVerdict } from '../script/detect-script';

/** The article's text is capped at this many characters (pageState carries it in a message). */
export const MAX_ARTICLE_CHARS = 100_000;
/** The article decides the script when it has this many characters that differ between the scripts. */
const MIN_ARTICLE_DISTINCTIVE = 20;

/** A text cut to MAX_ARTICLE_CHARS (a message's worth), never inside a surrogate pair. */
export function capText(text: string): string {
  if (text.length <= MAX_ARTICLE_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[MAX_ARTICLE_CHARS - 1]!) ? MAX_ARTICLE_CHARS - 1 : MAX_ARTICLE_CHARS;
  return text.slice(0, end);
}

/** The article's script when the article says enough to settle it (a sidebar in the other script does not sway it). */
export function articleScript(article: ScriptVerdict | undefined): Script | undefined {
  return article && article.simplifiedOnly + article.traditionalOnly >= MIN_ARTICLE_DISTINCTIVE ? article.script : undefined;
}
