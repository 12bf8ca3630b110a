// The command bar's browser side: the keys that open it (/ and Ctrl-K), speech to text with the Web Speech API
// where the browser offers it (press to talk, or the wake phrase "헤이 서울" / "Hey Seoul" when the person switched
// it on), and text to speech for answers. What is heard is handed to the server as plain text; nothing heard is
// ever written into the page as markup.

const WAKE = /(헤이\s*서울|hey\s*,?\s*seoul)/i;
const LISTEN_MS = 3000;

function recognitionClass() {
  return window.SpeechRecognition || window.webkitSpeechRecognition || null;
}

function typing(node) {
  const tag = (node.tagName || '').toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || node.isContentEditable;
}

/** Moves the focus among the command bar's answers with the arrow keys, from its field or an answer. */
function moveAmongAnswers(event, path) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
    return;
  }
  const from = path.find((node) => node && node.nodeType === 1
      && (node.classList.contains('command-option') || node.id === 'command-input'));
  if (!from) {
    return;
  }
  const panel = from.closest('.command-panel');
  const options = panel ? [...panel.querySelectorAll('.command-option')] : [];
  if (options.length === 0) {
    return;
  }
  const at = options.indexOf(from);
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, options.length - 1) : at - 1;
  event.preventDefault();
  if (next < 0) {
    panel.querySelector('#command-input').focus();
  } else {
    options[next].focus();
  }
}

if (!window.cityCommand) {
  let wakeRecognition = null;

  const cityCommand = {
    /** Whether this browser turns speech into text. */
    voiceSupported() {
      return recognitionClass() !== null;
    },

    /** Marks the page so that the microphone buttons show only where speech can be heard. */
    markVoice() {
      document.documentElement.toggleAttribute('data-voice', cityCommand.voiceSupported());
      document.documentElement.toggleAttribute('data-speech', 'speechSynthesis' in window);
    },

    /** Listens for one command (press to talk): up to a few seconds of silence, then the words heard. */
    listen(host, lang) {
      const Recognition = recognitionClass();
      if (!Recognition) {
        host.$server.stoppedListening('unsupported');
        return;
      }
      cityCommand.stopWake();
      const recognition = new Recognition();
      recognition.lang = lang;
      recognition.interimResults = true;
      recognition.continuous = false;
      recognition.maxAlternatives = 1;
      let finished = false;
      let silence = setTimeout(() => recognition.stop(), LISTEN_MS * 2);
      recognition.onresult = (event) => {
        clearTimeout(silence);
        let text = '';
        let final = false;
        for (let i = event.resultIndex; i < event.results.length; i++) {
          text += event.results[i][0].transcript;
          final = final || event.results[i].isFinal;
        }
        text = text.replace(WAKE, '').replace(/^[\s,.!]+/, '').trim();
        if (final) {
          finished = true;
          host.$server.heard(text);
        } else {
          host.$server.hearing(text);
          silence = setTimeout(() => recognition.stop(), LISTEN_MS);
        }
      };
      recognition.onerror = (event) => {
        finished = true;
        host.$server.stoppedListening(event.error || 'error');
      };
      recognition.onend = () => {
        clearTimeout(silence);
        if (!finished) {
          host.$server.stoppedListening('no-speech');
        }
        cityCommand.resumeWake(host, lang);
      };
      host._recognition = recognition;
      recognition.start();
    },

    stop(host) {
      if (host._recognition) {
        host._recognition.abort();
      }
    },

    /**
     * Listens all the time for the wake phrase, only while the person has it switched on (it is remembered in this
     * browser): "헤이 서울" alone opens the command bar listening; "헤이 서울, 강남구 미세먼지" runs the command at once.
     */
    wake(host, lang, on) {
      localStorage.setItem('city-wake', on ? 'on' : 'off');
      if (on) {
        cityCommand.resumeWake(host, lang);
      } else {
        cityCommand.stopWake();
      }
    },

    wakeOn() {
      return localStorage.getItem('city-wake') === 'on';
    },

    resumeWake(host, lang) {
      const Recognition = recognitionClass();
      if (!Recognition || !cityCommand.wakeOn() || wakeRecognition) {
        return;
      }
      const recognition = new Recognition();
      recognition.lang = lang;
      recognition.continuous = true;
      recognition.interimResults = false;
      recognition.onresult = (event) => {
        for (let i = event.resultIndex; i < event.results.length; i++) {
          const text = event.results[i][0].transcript;
          const found = text.match(WAKE);
          if (event.results[i].isFinal && found) {
            const rest = text.slice(found.index + found[0].length).replace(/^[\s,.!]+/, '').trim();
            cityCommand.stopWake();
            host.$server.woken(rest);
            return;
          }
        }
      };
      recognition.onend = () => {
        if (wakeRecognition === recognition) {
          wakeRecognition = null;
          // browsers end continuous recognition now and then; keep listening while it is switched on
          setTimeout(() => cityCommand.resumeWake(host, lang), 500);
        }
      };
      recognition.onerror = () => {};
      wakeRecognition = recognition;
      try {
        recognition.start();
      } catch (e) {
        wakeRecognition = null;
      }
    },

    stopWake() {
      const recognition = wakeRecognition;
      wakeRecognition = null;
      if (recognition) {
        recognition.abort();
      }
    },

    /** Reads an answer aloud where the browser can. */
    speak(text, lang) {
      if (!('speechSynthesis' in window) || !text) {
        return;
      }
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
    }
  };
  // The single "/" key can be switched off (WCAG 2.1.4): slashKey() tells whether it is on, slashKey(false) turns it off
  cityCommand.slashKey = (on) => {
    if (on !== undefined) {
      localStorage.setItem('city-slash-key', on ? 'on' : 'off');
    }
    return localStorage.getItem('city-slash-key') !== 'off';
  };
  window.cityCommand = cityCommand;

  // "/" (when not typing) and Ctrl-K or ⌘-K open the command bar on every screen that has one
  document.addEventListener('keydown', (event) => {
    const path = event.composedPath ? event.composedPath() : [event.target];
    moveAmongAnswers(event, path);
    const inField = path.some((node) => node && node.nodeType === 1 && typing(node));
    const slash = event.key === '/' && cityCommand.slashKey() && !inField && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && (event.key === 'k' || event.key === 'K');
    if (slash || ctrlK) {
      const opener = document.querySelector('#command-open');
      if (opener) {
        event.preventDefault();
        opener.click();
      }
    }
  });
}
