import type { Lang } from './localize.js';

const VOICE_LANG: Record<Lang, string> = { da: 'da', nb: 'nb', sv: 'sv', en: 'en' };

/** True when the browser can read aloud with a voice that runs on this device. */
export function canSpeak(lang: Lang): boolean {
  return pickVoice(lang) !== undefined;
}

function pickVoice(lang: Lang): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const want = VOICE_LANG[lang];
  const voices = speechSynthesis.getVoices().filter((v) => v.localService);
  return (
    voices.find((v) => v.lang.toLowerCase().startsWith(want)) ??
    (lang === 'nb' ? voices.find((v) => /^(no|nn)/i.test(v.lang)) : undefined)
  );
}

/**
 * Reads `text` aloud with an on-device voice only (localService), so no text leaves the
 * machine. Returns false, and says nothing, when no such voice exists.
 */
export function speak(text: string, lang: Lang): boolean {
  const voice = pickVoice(lang);
  if (!voice) return false;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.9;
  speechSynthesis.speak(u);
  return true;
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
