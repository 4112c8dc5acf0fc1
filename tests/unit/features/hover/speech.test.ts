// Choosing the voice the card speaks with: Taiwan for traditional text when there is one, mainland for
// simplified, any Chinese voice otherwise, none when the browser has no Chinese voice.
import { describe, expect, test } from 'vitest';
import { chooseVoice } from '../../../../features/hover/content/speech';

const voice = (lang: string, name = lang) => ({ lang, name }) as SpeechSynthesisVoice;
const ENGLISH = [voice('en-US'), voice('de-DE')];

describe('chooseVoice', () => {
  test('mainland for simplified, Taiwan for traditional', () => {
    const all = [...ENGLISH, voice('zh-TW'), voice('zh-CN'), voice('zh-HK')];
    expect(chooseVoice(all, false)?.lang).toBe('zh-CN');
    expect(chooseVoice(all, true)?.lang).toBe('zh-TW');
  });

  test('falls back to another Chinese voice, with any spelling of the language tag', () => {
    expect(chooseVoice([...ENGLISH, voice('zh_CN')], true)?.lang).toBe('zh_CN');
    expect(chooseVoice([...ENGLISH, voice('zh-HK')], true)?.lang).toBe('zh-HK');
    expect(chooseVoice([...ENGLISH, voice('cmn-Hant-TW')], false)?.lang).toBe('cmn-Hant-TW');
  });

  test('no Chinese voice: none', () => {
    expect(chooseVoice(ENGLISH, false)).toBeUndefined();
    expect(chooseVoice([], true)).toBeUndefined();
    expect(chooseVoice([voice('zu-ZA')], true)).toBeUndefined();
  });
});
