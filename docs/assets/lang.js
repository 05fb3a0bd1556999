// Arabic in the theme's own text: page titles in the header, navigation, previous/next
// links and search results are headlines, which the theme writes without a language.
// The data pages mark every Arabic element themselves (lang="ar"); this marks the theme's,
// so that screen readers use an Arabic voice and the Arabic font applies there too.
(function () {
  "use strict";
  var ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
  var LATIN = /[A-Za-z]/;
  var RTL_LANGUAGES = ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"];

  function inArabicScript(element) {
    var owner = element.closest("[lang]");
    return owner && RTL_LANGUAGES.indexOf(owner.getAttribute("lang").split("-")[0]) >= 0;
  }

  function mark(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var parents = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (ARABIC.test(node.nodeValue)) parents.push(node.parentElement);
    }
    parents.forEach(function (element) {
      if (!element || inArabicScript(element)) return;
      element.setAttribute("lang", "ar");
      // Mixed text (a headline with a Latin name) keeps the direction of its first letter.
      element.setAttribute("dir", LATIN.test(element.textContent) ? "auto" : "rtl");
    });
  }

  function start() {
    mark(document.body);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (added) {
          if (added.nodeType === Node.ELEMENT_NODE) mark(added);
          else if (added.nodeType === Node.TEXT_NODE && added.parentElement) mark(added.parentElement);
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
