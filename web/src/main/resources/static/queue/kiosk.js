// The kiosk: a touched field button is disabled at once so a double tap sends one form (the Idempotency-Key makes a
// second one harmless anyway); the slip prints itself and the screen goes back to the start after 10 seconds.
(function () {
  var form = document.getElementById('take');
  if (form) {
    form.addEventListener('submit', function (event) {
      var chosen = event.submitter;
      window.setTimeout(function () {
        form.querySelectorAll('button.queue-field').forEach(function (button) {
          button.disabled = true;
        });
        if (chosen) {
          chosen.classList.add('queue-chosen');
        }
      }, 0);
    });
  }
  var slip = document.querySelector('.slip-screen');
  if (slip) {
    if (slip.dataset.autoprint === 'true') {
      window.setTimeout(function () { window.print(); }, 300);
    }
    window.setTimeout(function () { window.location.assign(slip.dataset.back); }, 10000);
  }
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
