// Read-aloud through the Web Speech API, where the browser has it; silent and harmless where it does not.

export interface Speech {
  readonly available: boolean;
  speak(text: string, language: string): void;
  cancel(): void;
}

export function createSpeech(): Speech {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const Utterance = globalThis.SpeechSynthesisUtterance as
    typeof SpeechSynthesisUtterance | undefined;
  const available = !!synth && !!Utterance;
  return {
    available,
    speak(text, language) {
      if (!synth || !Utterance || !text) return;
      try {
        synth.cancel();
        const utterance = new Utterance(text);
        utterance.lang = language === 'fr' ? 'fr-FR' : language === 'en' ? 'en-GB' : language;
        synth.speak(utterance);
      } catch {
        // Speech is a convenience: a failure must never interrupt the game.
      }
    },
    cancel() {
      try {
        synth?.cancel();
      } catch {
        // Nothing to do.
      }
    },
  };
}
