// graphene-django's graphiql.js reads window.GRAPHENE_SETTINGS; the template gives them as JSON
// data (an inline script would need 'unsafe-inline' in the Content-Security-Policy).
(function () {
  var settings = JSON.parse(document.getElementById("graphene-settings").textContent);
  if (!settings.subscriptionPath) {
    delete settings.subscriptionPath;
  }
  window.GRAPHENE_SETTINGS = settings;
})();
