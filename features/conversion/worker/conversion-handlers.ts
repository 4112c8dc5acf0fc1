// The worker's side of page conversion: the page's script, and its texts converted (OpenCC's tables live here).
import { convertTexts } from '../../../core/script/convert-script';
import { detectScript } from '../../../core/script/detect-script';
import type { BackgroundProtocol } from '../../../protocol/messages';
import type { Handlers } from '../../../protocol/message-router';

export const conversionHandlers: Pick<Handlers<BackgroundProtocol>, 'convertTexts' | 'detectScript'> = {
  convertTexts: ({ texts, to, from }) => convertTexts(texts, to, from),
  detectScript: ({ text }) => detectScript(text),
};
