// The print buttons of the printable forms (receipt, apology letter): no inline handler, the CSP forbids them.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
