// The counter console's waiting list, live: the ward's public event stream says something changed, and the list
// (a fragment rendered by web with the officer's session) is fetched again; also every 30 seconds as a fallback.
(function () {
  var main = document.querySelector('.queue-console');
  if (!main) {
    return;
  }
  var loading = false;
  function refresh() {
    if (loading) {
      return;
    }
    loading = true;
    fetch(main.dataset.waiting, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('waiting');
        if (fresh) {
          document.getElementById('waiting').replaceWith(document.adoptNode(fresh));
        }
      })
      .catch(function () { /* tried again on the next change or poll */ })
      .finally(function () { loading = false; });
  }
  if ('EventSource' in window) {
    var events = new EventSource(main.dataset.events);
    events.addEventListener('changed', refresh);
    events.addEventListener('open', function () { main.dataset.live = 'open'; });
    events.addEventListener('error', function () { main.dataset.live = 'reconnecting'; });
  }
  window.setInterval(refresh, 30000);
})();
