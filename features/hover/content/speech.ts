// Speaks a word with the browser's speech synthesis in a Chinese voice: Taiwan for traditional text
// when such a voice exists, mainland otherwise. Headless browsers and many systems have none.

/** How long to wait for the voice list, which some browsers fill in only after a first request. */
const VOICES_WAIT_MS = 600;

const isChinese = (voice: SpeechSynthesisVoice) => /^(zh|cmn|yue)\b/i.test(voice.lang.replace('_', '-'));

async function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return now;
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, VOICES_WAIT_MS);
  });
  return synth.getVoices();
}

/** The voice for the text: zh-TW (then zh-HK) for traditional, zh-CN for simplified, then any Chinese voice. */
export function chooseVoice(all: readonly SpeechSynthesisVoice[], traditional: boolean): SpeechSynthesisVoice | undefined {
  const chinese = all.filter(isChinese);
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  const order = traditional ? ['zh-tw', 'zh-hant', 'zh-hk', 'zh-cn'] : ['zh-cn', 'zh-hans', 'zh-sg', 'zh-tw'];
  for (const prefix of order) {
    const found = chinese.find((voice) => lang(voice).startsWith(prefix));
    if (found) return found;
  }
  return chinese[0];
}

/** Speaks the text; false when the browser has no Chinese voice (nothing is said). */
export async function speakChinese(text: string, traditional: boolean): Promise<boolean> {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
  const voice = chooseVoice(await voices(synth), traditional);
  if (!voice) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  synth.cancel();
  synth.speak(utterance);
  return true;
}
