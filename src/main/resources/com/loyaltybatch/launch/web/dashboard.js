// The dashboard's only script: asks before a button acts, and keeps live regions fresh.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  document.querySelectorAll('[data-live]').forEach(function (region) {
    var url = region.getAttribute('data-live');
    function refresh() {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          if (!response.ok || response.redirected) {
            throw new Error('HTTP ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          region.innerHTML = html;
          region.removeAttribute('data-stale');
          region.setAttribute('data-refreshed', new Date().toISOString());
        })
        .catch(function () {
          region.setAttribute('data-stale', 'true');
        })
        .finally(function () {
          setTimeout(refresh, 2000);
        });
    }
    setTimeout(refresh, 2000);
  });
})();
