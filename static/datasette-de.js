/* German labels for Datasette's column menu, which its table.js writes in English.
   table.js is deferred; DOMContentLoaded fires after it ran, so the menu exists then.
   Only text changes: links, classes and behaviour stay Datasette's. */
document.addEventListener("DOMContentLoaded", function () {
  var labels = {
    "Sort ascending": "Aufsteigend sortieren",
    "Sort descending": "Absteigend sortieren",
    "Facet by this": "Facette nach dieser Spalte",
    "Hide this column": "Spalte ausblenden",
    "Show all columns": "Alle Spalten zeigen",
    "Show not-blank rows": "Nur Zeilen mit Wert zeigen"
  };
  document.querySelectorAll(".dropdown-menu a").forEach(function (link) {
    var text = link.textContent.trim();
    if (labels[text]) { link.textContent = labels[text]; }
  });
  document.querySelectorAll('[aria-label="Remove this filter"]').forEach(function (button) {
    button.setAttribute("aria-label", "Filter entfernen");
  });
  var type = document.querySelector(".dropdown-menu .dropdown-column-type");
  if (type && window.MutationObserver) {
    new MutationObserver(function () {
      if (type.textContent.indexOf("Type: ") === 0) {
        type.textContent = "Typ: " + type.textContent.slice(6);
      }
    }).observe(type, { childList: true, characterData: true, subtree: true });
  }
});
