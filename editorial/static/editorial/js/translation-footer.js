// The translation editor's main action ("Publish in …" / "Submit for review") is enabled only
// when every string is translated. Strings are saved by wagtail-localize's editor without a
// page load: after each change in the editor, ask the server how many are still missing.
(function () {
  const footer = document.getElementById('translation-actions');
  const editor = document.querySelector('.js-translation-editor');
  if (!footer || !editor) return;
  const button = footer.querySelector('[data-translation-main-action]');
  const status = footer.querySelector('[data-translation-missing]');
  let timer = null;

  function refresh() {
    fetch(footer.dataset.progressUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((progress) => {
        if (!progress) return;
        if (button) button.disabled = progress.missing > 0;
        if (status) status.textContent = progress.missing > 0 ? progress.message : '';
      })
      .catch(() => {});
  }

  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  }).observe(editor, { childList: true, subtree: true, characterData: true });
})();
