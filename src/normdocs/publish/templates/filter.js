(function () {
  var form = document.getElementById("filters");
  var items = Array.prototype.slice.call(document.querySelectorAll("#doc-list > li"));
  var status = document.getElementById("result-count");
  var fields = ["topic", "issuer", "year", "validity"];
  function apply() {
    var want = {};
    fields.forEach(function (f) { want[f] = document.getElementById("f-" + f).value; });
    var words = document.getElementById("f-q").value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var ok = fields.every(function (f) { return !want[f] || li.getAttribute("data-" + f) === want[f]; });
      var text = li.getAttribute("data-text").toLowerCase();
      ok = ok && words.every(function (w) { return text.indexOf(w) !== -1; });
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    status.textContent = "共 " + shown + " 件";
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
