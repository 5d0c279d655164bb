// No inline script anywhere (the Content-Security-Policy forbids it): behaviour lives in files like this one.
document.addEventListener('htmx:responseError', function (e) {
  var status = e.detail.xhr.status;
  if (status === 401) { window.location.href = '/login'; }
});
