// The waiting-room display: listens to the ward's event stream (through the gateway, same origin) and on each
// "changed" fetches the board again, as it also does every 30 seconds in case the stream is down. Each call that
// was not on the board before is announced: in Vietnamese speech when the browser has a Vietnamese voice, else a
// short chime; the newest number flashes either way. EventSource reconnects by itself after a drop.
(function () {
  var main = document.querySelector('.queue-display');
  if (!main) {
    return;
  }
  var seen = keys(document);
  var audio = null;
  var loading = false;
  var again = false;

  function keys(root) {
    var found = {};
    root.querySelectorAll('[data-call]').forEach(function (call) { found[call.dataset.call] = true; });
    return found;
  }

  function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    fetch(main.dataset.board, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('board');
        if (!fresh) {
          return;
        }
        var calls = Array.prototype.slice.call(fresh.querySelectorAll('[data-call]'));
        var news = calls.filter(function (call) { return !seen[call.dataset.call]; }).reverse();
        document.getElementById('board').replaceWith(document.adoptNode(fresh));
        seen = keys(document);
        news.forEach(announce);
      })
      .catch(function () { /* the next change or the 30 s poll tries again */ })
      .finally(function () {
        loading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function announce(call) {
    document.getElementById('display-announce').textContent = call.dataset.sentence;
    var newest = document.getElementById('newest-call');
    if (newest) {
      newest.classList.remove('display-flash');
      void newest.offsetWidth;
      newest.classList.add('display-flash');
    }
    var voice = vietnameseVoice();
    if (voice) {
      var utterance = new SpeechSynthesisUtterance(call.dataset.speech);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      window.speechSynthesis.speak(utterance);
    }
    else {
      chime();
    }
  }

  function vietnameseVoice() {
    if (!('speechSynthesis' in window)) {
      return null;
    }
    return window.speechSynthesis.getVoices().filter(function (voice) {
      return voice.lang && voice.lang.toLowerCase().indexOf('vi') === 0;
    })[0] || null;
  }

  function chime() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    audio = audio || new Context();
    [660, 880].forEach(function (frequency, i) {
      var start = audio.currentTime + i * 0.35;
      var tone = audio.createOscillator();
      var volume = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, start);
      volume.gain.exponentialRampToValueAtTime(0.4, start + 0.03);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
      tone.connect(volume).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.32);
    });
  }

  // browsers play sound only after a person touched the page once: the button is that touch
  document.getElementById('sound-on').addEventListener('click', function (event) {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context) {
      audio = audio || new Context();
      audio.resume();
    }
    if ('speechSynthesis' in window) {
      window.speechSynthesis.getVoices();
    }
    event.target.hidden = true;
  });
  if ('speechSynthesis' in window) {
    window.speechSynthesis.getVoices(); // Chromium loads the voices on first ask
  }

  if ('EventSource' in window) {
    var events = new EventSource(main.dataset.events);
    events.addEventListener('changed', refresh);
    events.addEventListener('open', function () {
      main.dataset.live = 'open';
      refresh(); // after a reconnect: whatever changed meanwhile
    });
    events.addEventListener('error', function () { main.dataset.live = 'reconnecting'; });
  }
  window.setInterval(refresh, 30000);
})();
