/// The style sheet and script inlined into report.html. The script only sorts and filters
/// the people table; everything else is in the page without it.
enum HTMLAssets {
  /// Text colours meet WCAG AA (4.5:1) on the white page: #1a1a1a 17.4:1, #4a4a4a 8.9:1,
  /// links #1d4ed8 6.7:1. The test checks these figures.
  static let style = """
    :root { --fg: #1a1a1a; --muted: #4a4a4a; --bg: #ffffff; --line: #8a8a8a; --you: #1d4ed8;
      --them: #c2410c; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem;
      padding: 0 1rem; }
    h1, h2 { line-height: 1.2; }
    .muted, caption { color: var(--muted); }
    caption { text-align: left; padding: .3rem 0; }
    .grid { display: flex; flex-wrap: wrap; gap: 2rem; }
    svg.chart text { font-size: 13px; fill: var(--fg); }
    svg .ring { fill: none; stroke: var(--line); }
    svg .ringlabel { font-size: 11px; fill: var(--muted); }
    svg .axis { stroke: var(--line); stroke-width: .5; }
    svg .you { fill: var(--you); }
    svg .them { fill: var(--them); }
    .legend span { display: inline-block; margin-right: 1rem; }
    .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem;
      vertical-align: -1px; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d0d0;
      vertical-align: middle; }
    td.date { white-space: nowrap; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0;
      padding: 0; cursor: pointer; }
    th button:focus-visible, input:focus-visible { outline: 2px solid var(--you); }
    label { font-weight: 600; margin-right: .5rem; }
    input[type=search] { font: inherit; padding: .2rem .4rem; border: 1px solid var(--line);
      min-width: 16rem; }
    .noscript-hidden { display: none; }
    @media print {
      body { margin: 0; max-width: none; font-size: 11px; }
      .filter { display: none; }
      section { break-inside: avoid-page; }
      tr { break-inside: avoid; }
      th button { pointer-events: none; }
    }
    """

  static let script = """
    (function () {
      "use strict";
      var table = document.getElementById("people");
      if (!table) { return; }
      var body = table.tBodies[0];
      var filter = document.getElementById("filter");
      var status = document.getElementById("shown");
      document.querySelectorAll(".filter").forEach(function (node) {
        node.classList.remove("noscript-hidden");
      });
      function update() {
        var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
        var shown = 0;
        Array.prototype.forEach.call(body.rows, function (row) {
          var text = row.textContent.toLowerCase();
          var match = words.every(function (word) { return text.indexOf(word) >= 0; });
          row.hidden = !match;
          if (match) { shown += 1; }
        });
        status.textContent = shown + " of " + body.rows.length + " people shown";
      }
      filter.addEventListener("input", update);
      table.querySelectorAll("th button").forEach(function (button, column) {
        button.addEventListener("click", function () {
          var th = button.parentNode;
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("th").forEach(function (other) {
            other.removeAttribute("aria-sort");
          });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = th.classList.contains("n");
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column].getAttribute("data-v") || a.cells[column].textContent;
            var y = b.cells[column].getAttribute("data-v") || b.cells[column].textContent;
            var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0)
              : x.localeCompare(y);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
      update();
      document.body.setAttribute("data-ready", "true");
    })();
    """
}
