// Runs pinyin-pro once on a short sentence, so the set-up it does on first use (it builds a matcher over its word
// list, ~20–35 ms in a fresh worker) happens while the worker waits for the event that woke it. Only an
// optimisation: it never throws, so a failure here never counts as the data failing to load (the first real
// request does the set-up instead).
import { pinyin as pinyinPro } from 'pinyin-pro';

const SENTENCE = '银行行长说，中朝两国将举行会谈。';

export function warmUpPinyinPro(): void {
  try {
    pinyinPro(SENTENCE, { type: 'array', toneType: 'symbol', v: false });
  } catch {
    // see above
  }
}
