/* Öppna jämförelser – interaktiv jämförelse. Plain JavaScript, no modules, no network:
   the data comes from data.js (window.OJ_DATA, contract in README.md). The state lives in
   the URL fragment (#enhet=0114&indikator=samlad_plan); every change goes through it. */
(function () {
  "use strict";

  var D = window.OJ_DATA;
  var app = document.getElementById("app");
  var status = document.getElementById("status");

  if (!app) return;
  if (!D || !D.units || !D.indicators || !D.results) {
    app.innerHTML = '<div class="meddelande" role="alert"><h2>Data saknas</h2><p>Filen data.js kunde inte läsas, så jämförelsen kan inte visas. ' +
      'Alla resultat finns att ladda ner: <a href="results.csv">results.csv</a> och <a href="results.xlsx">results.xlsx</a>.</p></div>';
    return;
  }

  // ---------------------------------------------------------------- helpers
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  var collator = typeof Intl !== "undefined" && Intl.Collator ? new Intl.Collator("sv") : null;
  function cmpText(a, b) { return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); }
  function norm(s) { return String(s || "").trim().toLowerCase().replace(/\s+/g, " "); }
  function lowerFirst(s) { return s ? s.charAt(0).toLowerCase() + s.slice(1) : s; }

  var KEYS = ["enhet", "indikator", "lan", "kommungrupp", "sortera"];
  var YEAR = String(D.year);
  var SERIES = D.series || {};
  var LEGEND = D.legend || [];
  var DOWNLOADS = D.downloads || ["results.csv", "results.xlsx"];

  // ---------------------------------------------------------------- indexes
  var unitByCode = {};
  D.units.forEach(function (u) { unitByCode[u.code] = u; });
  var lanName = {};
  (D.lan || []).forEach(function (l) { lanName[l.code] = l.name; });

  // Kommuner that report through stadsdelar: their name for labels, and a row of their own
  // for indicators published per kommun.
  var kommunInfo = {};
  D.units.forEach(function (u) {
    if (u.type === "stadsdel" && !unitByCode[u.kommun]) {
      var k = kommunInfo[u.kommun] || (kommunInfo[u.kommun] = { names: [], unit: u });
      k.names.push(u.name);
    }
  });
  function commonPrefixWords(names) {
    var words = names[0].split(" ");
    var n = words.length;
    names.forEach(function (s) {
      var w = s.split(" ");
      var i = 0;
      while (i < n && i < w.length && w[i] === words[i]) i++;
      n = i;
    });
    if (names.length === 1) n = Math.min(n, 1);
    return words.slice(0, n).join(" ");
  }
  function kommunName(code) {
    if (unitByCode[code]) return unitByCode[code].name;
    var k = kommunInfo[code];
    var name = k ? commonPrefixWords(k.names) : "";
    return name || "kommun " + code;
  }
  // Rows of an indicator published per kommun: every kommun, the divided ones as a whole.
  var kommunRows = D.units.filter(function (u) { return u.type !== "stadsdel"; });
  Object.keys(kommunInfo).forEach(function (code) {
    var s = kommunInfo[code].unit;
    kommunRows.push({ code: code, name: kommunName(code), type: "kommun", kommun: code, lan: s.lan,
      befolkningsgrupp: s.befolkningsgrupp, kommungrupp: s.kommungrupp });
  });
  kommunRows.sort(function (a, b) { return a.code < b.code ? -1 : a.code > b.code ? 1 : 0; });

  var kommungrupper = [];
  D.units.forEach(function (u) { if (u.kommungrupp && kommungrupper.indexOf(u.kommungrupp) < 0) kommungrupper.push(u.kommungrupp); });
  kommungrupper.sort(cmpText);

  var areas = (D.areas || []).map(function (a) {
    return { name: a.name, indicators: (a.indicators || []).filter(function (id) { return D.indicators[id]; }) };
  }).filter(function (a) { return a.indicators.length; });
  var listed = {};
  areas.forEach(function (a) { a.indicators.forEach(function (id) { listed[id] = true; }); });
  var rest = Object.keys(D.indicators).filter(function (id) { return !listed[id]; });
  if (rest.length) areas.push({ name: "Övriga indikatorer", indicators: rest });

  var seriesYears = [];
  Object.keys(SERIES).forEach(function (id) {
    Object.keys(SERIES[id] || {}).forEach(function (y) { if (y !== YEAR && seriesYears.indexOf(y) < 0) seriesYears.push(y); });
  });
  seriesYears.sort(function (a, b) { return Number(b) - Number(a); }); // newest first

  // ---------------------------------------------------------------- cells
  var RESULT_CLASS = { "Ja": "r-ja", "Delvis": "r-delvis", "Nej": "r-nej", "Ej aktuellt": "r-ea", "Bortfall": "r-bortfall", "x": "r-x" };

  function levelCell(res, level, key) {
    var lv = res && res[level];
    return lv && Object.prototype.hasOwnProperty.call(lv, key) ? lv[key] : null;
  }
  function isPercent(ind, level) {
    return ind.unit === "procent" || (ind.kind === "classification" && level !== "enhet");
  }
  // {text, cls, sr}: text is exactly what is shown (and what data-varde holds).
  function fmt(cell, ind, level, absent) {
    if (!cell && absent) return { text: "redovisas ej", cls: "r-saknas", sr: "" };
    if (!cell) return { text: "saknas", cls: "r-saknas", sr: "" };
    var r = cell[0] || "", v = cell[1] == null ? "" : String(cell[1]);
    if (r === "x") return { text: "x", cls: "r-x", sr: " (sekretess)" };
    if (r) return { text: r, cls: RESULT_CLASS[r] || "r-annat", sr: "" };
    if (v === "") return { text: "Bortfall", cls: "r-bortfall", sr: "" };
    // results.csv writes a whole figure with one decimal ("58.0"); published without it.
    if (ind.decimals === 0 && /\.0$/.test(v)) v = v.slice(0, -2);
    return { text: v.replace(".", ",") + (isPercent(ind, level) ? " %" : ""), cls: "r-tal", sr: "" };
  }
  function cellHtml(tag, f, attrs, note) {
    return "<" + tag + ' class="r ' + f.cls + '" data-varde="' + esc(f.text) + '"' + (attrs || "") + ">" +
      esc(f.text) + (f.sr ? '<span class="sr-only">' + esc(f.sr) + "</span>" : "") + (note || "") + "</" + tag + ">";
  }
  // The cell of a unit for an indicator, and whether it is the kommun's figure.
  function unitKey(ind, u) { return ind.perKommun ? u.kommun : u.code; }
  function viaKommun(ind, u) { return !!ind.perKommun && u.kommun !== u.code; }

  // ---------------------------------------------------------------- state
  function dec(x) { try { return decodeURIComponent(x.replace(/\+/g, " ")); } catch (e) { return x; } }
  function parseHash() {
    var s = { enhet: "", indikator: "", lan: "", kommungrupp: "", sortera: "" };
    location.hash.replace(/^#/, "").split("&").forEach(function (p) {
      if (!p) return;
      var i = p.indexOf("=");
      var k = dec(i < 0 ? p : p.slice(0, i));
      if (Object.prototype.hasOwnProperty.call(s, k)) s[k] = dec(i < 0 ? "" : p.slice(i + 1)).trim();
    });
    return s;
  }
  function buildHash(s) {
    var parts = [];
    KEYS.forEach(function (k) {
      if (!s[k]) return;
      if (k !== "enhet" && k !== "indikator" && !s.indikator) return; // filters belong to the indicator view
      parts.push(k + "=" + encodeURIComponent(s[k]));
    });
    return parts.length ? "#" + parts.join("&") : "";
  }
  function link(s) { return buildHash(s) || "#"; }
  function with_(s, changes) {
    var o = {};
    KEYS.forEach(function (k) { o[k] = Object.prototype.hasOwnProperty.call(changes, k) ? changes[k] : s[k]; });
    return o;
  }

  var keepFocus = false, announceNext = "", prev = null;
  // Change the state: a new history entry for a new view, a replaced one for filters/sorting.
  function go(s, opts) {
    opts = opts || {};
    keepFocus = !!opts.keepFocus;
    announceNext = opts.announce || "";
    var h = buildHash(s);
    if (h === location.hash || (!h && (location.hash === "" || location.hash === "#"))) { render(); return; }
    if (opts.replace) location.replace(h || "#");
    else location.hash = h || "#";
  }

  function announce(text) {
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 60);
  }

  // ---------------------------------------------------------------- static frame
  function unitLabel(u) { return u.name + " (" + u.code + ")"; }
  function typeText(u) {
    return u.type === "stadsdel" ? "Stadsdel i " + kommunName(u.kommun) : "Kommun";
  }

  function frame() {
    var optsUnits = "", list = "";
    (D.lan || []).forEach(function (l) {
      var us = D.units.filter(function (u) { return u.lan === l.code; });
      if (!us.length) return;
      optsUnits += '<optgroup label="' + esc(l.name) + '">';
      us.forEach(function (u) { optsUnits += '<option value="' + esc(u.code) + '">' + esc(unitLabel(u)) + "</option>"; });
      optsUnits += "</optgroup>";
    });
    var orphans = D.units.filter(function (u) { return !lanName[u.lan]; });
    orphans.forEach(function (u) { optsUnits += '<option value="' + esc(u.code) + '">' + esc(unitLabel(u)) + "</option>"; });
    D.units.forEach(function (u) { list += '<option value="' + esc(unitLabel(u)) + '"></option>'; });

    var optsInd = "";
    areas.forEach(function (a) {
      optsInd += '<optgroup label="' + esc(a.name) + '">';
      a.indicators.forEach(function (id) {
        optsInd += '<option value="' + esc(id) + '">' + esc(D.indicators[id].short || D.indicators[id].name) + "</option>";
      });
      optsInd += "</optgroup>";
    });

    app.innerHTML =
      '<section class="val" aria-labelledby="val-rubrik">' +
      '<h2 id="val-rubrik">Välj enhet eller indikator</h2>' +
      '<p class="hjalp">Välj en kommun eller stadsdel för att se alla dess resultat, eller en indikator för att jämföra alla enheter. Du kan välja båda.</p>' +
      '<div class="val-rutor">' +
      '<form id="enhet-form" class="ruta" novalidate>' +
      '<fieldset><legend>Enhet</legend>' +
      '<label for="enhet-sok">Sök kommun eller stadsdel på namn eller kod</label>' +
      '<div class="rad"><input id="enhet-sok" name="enhet-sok" type="text" list="enhet-lista" autocomplete="off" spellcheck="false" aria-describedby="enhet-sok-hjalp enhet-sok-svar">' +
      '<button type="submit">Visa enhet</button></div>' +
      '<datalist id="enhet-lista">' + list + "</datalist>" +
      '<p id="enhet-sok-hjalp" class="hjalp">Till exempel ”Upplands Väsby” eller ”0114”. Tryck Enter för att visa.</p>' +
      '<div id="enhet-sok-svar" class="sok-svar" aria-live="polite"></div>' +
      '<label for="enhet-val">Eller välj i listan (per län)</label>' +
      '<select id="enhet-val"><option value="">Ingen enhet vald</option>' + optsUnits + "</select>" +
      "</fieldset></form>" +
      '<form id="indikator-form" class="ruta" novalidate>' +
      '<fieldset><legend>Indikator</legend>' +
      '<label for="indikator-val">Välj indikator (per område)</label>' +
      '<select id="indikator-val"><option value="">Ingen indikator vald</option>' + optsInd + "</select>" +
      '<p class="hjalp">Indikatorvyn visar alla enheters resultat, ett diagram över länen och indikatorns beskrivning.</p>' +
      "</fieldset></form>" +
      "</div></section>" +
      '<div id="meddelanden"></div>' +
      '<div id="vyer"></div>' +
      legendHtml();

    var form = document.getElementById("enhet-form");
    var input = document.getElementById("enhet-sok");
    form.addEventListener("submit", function (e) { e.preventDefault(); searchUnit(input.value, true); });
    input.addEventListener("input", function () {
      // A pick from the datalist ("Namn (kod)") is applied at once.
      var m = /\((\d{4,6})\)\s*$/.exec(input.value);
      if (m && unitByCode[m[1]] && unitLabel(unitByCode[m[1]]) === input.value.trim()) searchUnit(input.value, false);
    });
    document.getElementById("enhet-val").addEventListener("change", function (e) {
      var s = parseHash();
      go(with_(s, { enhet: e.target.value }), { keepFocus: true });
    });
    document.getElementById("indikator-form").addEventListener("submit", function (e) { e.preventDefault(); });
    document.getElementById("indikator-val").addEventListener("change", function (e) {
      var s = parseHash();
      go(with_(s, { indikator: e.target.value, lan: "", kommungrupp: "", sortera: "" }), { keepFocus: true });
    });
    // Filters and sort buttons of the indicator view (delegated: the view is re-rendered).
    app.addEventListener("change", function (e) {
      var t = e.target;
      if (t.id === "filter-lan") go(with_(parseHash(), { lan: t.value }), { replace: true, keepFocus: true });
      if (t.id === "filter-grupp") go(with_(parseHash(), { kommungrupp: t.value }), { replace: true, keepFocus: true });
    });
    app.addEventListener("click", function (e) {
      var b = e.target.closest ? e.target.closest("button[data-sortera]") : null;
      if (!b) return;
      var s = parseHash(), key = b.getAttribute("data-sortera");
      var cur = sortState(s);
      var desc = cur.key === key ? !cur.desc : key === "resultat" || /^ar\d+$/.test(key);
      go(with_(s, { sortera: (desc ? "-" : "") + key }), { replace: true, keepFocus: true,
        announce: "Sorterat efter " + b.getAttribute("data-namn") + ", " + (desc ? "fallande" : "stigande") + "." });
    });
  }

  function searchUnit(q, fromSubmit) {
    var out = document.getElementById("enhet-sok-svar");
    var input = document.getElementById("enhet-sok");
    var nq = norm(q);
    out.innerHTML = "";
    input.removeAttribute("aria-invalid");
    if (!nq) { if (fromSubmit) out.innerHTML = "<p>Skriv ett namn eller en kod.</p>"; return; }
    var found = [];
    var m = /\((\d{4,6})\)\s*$/.exec(nq);
    if (m && unitByCode[m[1]]) found = [unitByCode[m[1]]];
    else if (unitByCode[nq]) found = [unitByCode[nq]];
    else {
      found = D.units.filter(function (u) { return norm(u.name) === nq; });
      if (!found.length) found = D.units.filter(function (u) { return norm(u.name).indexOf(nq) === 0 || u.code.indexOf(nq) === 0; });
      if (!found.length) found = D.units.filter(function (u) { return norm(u.name).indexOf(nq) >= 0; });
    }
    if (found.length === 1) {
      go(with_(parseHash(), { enhet: found[0].code }), { keepFocus: true });
      return;
    }
    if (!found.length) {
      input.setAttribute("aria-invalid", "true");
      out.innerHTML = "<p>Ingen kommun eller stadsdel matchar ”" + esc(q.trim()) + "”. Kontrollera stavningen eller välj i listan nedan.</p>";
      return;
    }
    var s = parseHash();
    var items = found.slice(0, 12).map(function (u) {
      return '<li><a href="' + esc(link(with_(s, { enhet: u.code }))) + '">' + esc(unitLabel(u)) + "</a></li>";
    }).join("");
    out.innerHTML = "<p>" + found.length + " enheter matchar ”" + esc(q.trim()) + "”" + (found.length > 12 ? ", de första 12 visas" : "") +
      ". Välj en:</p><ul>" + items + "</ul>";
  }

  function legendHtml() {
    return '<section class="teckenforklaring" aria-labelledby="tf-rubrik"><h2 id="tf-rubrik">Teckenförklaring</h2><ul>' +
      LEGEND.map(function (l) { return "<li>" + esc(l) + "</li>"; }).join("") + "</ul>" +
      "<p>På den här sidan skrivs bortfall ut som ”Bortfall” och ej aktuellt som ”Ej aktuellt”; ”saknas” betyder att det inte finns någon uppgift för enheten och ”redovisas ej” att indikatorn inte redovisas på den nivån. " +
      'Resultaten står alltid i text. Färgerna är ett komplement: <span class="r r-ja prov">Ja</span> blå, <span class="r r-delvis prov">Delvis</span> grå med streckad kant, ' +
      '<span class="r r-nej prov">Nej</span> orange. För indikatorer med svaren Ja, Delvis och Nej visas för län, riket och grupperna andelen enheter som svarat Ja.</p></section>';
  }

  // ---------------------------------------------------------------- views
  function startHtml() {
    var h = '<section class="start" aria-labelledby="start-rubrik"><h2 id="start-rubrik">Alla indikatorer</h2>' +
      "<p>" + esc(D.title || "") + ". Mätdatum " + esc(D.matdatum || "") + ". Välj en indikator för att jämföra alla kommuner och stadsdelar.</p>";
    areas.forEach(function (a) {
      h += "<h3>" + esc(a.name) + '</h3><ul class="indikatorlista">';
      a.indicators.forEach(function (id) {
        h += '<li><a href="' + esc(link({ indikator: id })) + '">' + esc(D.indicators[id].name) + "</a></li>";
      });
      h += "</ul>";
    });
    return h + "</section>";
  }

  function unitFacts(u) {
    var f = [typeText(u)];
    if (lanName[u.lan]) f.push(lanName[u.lan]);
    if (u.befolkningsgrupp) f.push("befolkningsgrupp " + u.befolkningsgrupp);
    if (u.kommungrupp) f.push("kommungrupp: " + u.kommungrupp);
    return f.join(" · ");
  }

  function unitView(u, s) {
    var ind0 = s.indikator && D.indicators[s.indikator] ? s.indikator : "";
    var lan = lanName[u.lan] || "Länet";
    var bg = "Befolkningsgrupp " + (u.befolkningsgrupp || "–");
    var kg = u.kommungrupp || "Kommungrupp";
    var ny = seriesYears.length;
    var ncol = 6 + ny * 3;
    var viaCount = 0;

    var h = '<section id="enhet-vy" class="vy" aria-labelledby="enhet-rubrik">' +
      '<div class="vy-huvud"><h2 id="enhet-rubrik" tabindex="-1"><span class="vy-typ">Enhet: </span>' + esc(unitLabel(u)) + "</h2>" +
      '<a class="stang" href="' + esc(link(with_(s, { enhet: "" }))) + '">Stäng enhetsvyn</a></div>' +
      '<p class="fakta">' + esc(unitFacts(u)) + "</p>" +
      "<p>Alla indikatorer " + esc(YEAR) + " för " + esc(u.name) + " bredvid länets, rikets och gruppernas värden. Välj en indikators namn för att jämföra alla enheter.</p>" +
      '<div class="tabell-ram" role="region" aria-labelledby="enhet-tabell-rubrik" tabindex="0">' +
      '<table id="enhet-tabell" class="tabell">' +
      '<caption id="enhet-tabell-rubrik">Resultat för ' + esc(u.name) + " (" + esc(u.code) + ") " + esc(YEAR) +
      ", per område och indikator, jämfört med " + esc(lan) + ", riket, " + esc(lowerFirst(bg)) + " och kommungruppen " + esc(kg) +
      (ny ? ", samt tidigare år" : "") + "</caption><thead>";
    var levels = '<th scope="col">' + esc(u.name) + '</th><th scope="col">' + esc(lan) + '</th><th scope="col">Riket</th><th scope="col">' +
      esc(bg) + '</th><th scope="col">' + esc(kg) + "</th>";
    if (ny) {
      h += '<tr><th scope="col" rowspan="2">Indikator</th><th scope="colgroup" colspan="5">' + esc(YEAR) + "</th>";
      seriesYears.forEach(function (y) { h += '<th scope="colgroup" colspan="3" class="serie">' + esc(y) + "</th>"; });
      h += "</tr><tr>" + levels;
      seriesYears.forEach(function () {
        h += '<th scope="col" class="serie">' + esc(u.name) + '</th><th scope="col" class="serie">' + esc(lan) + '</th><th scope="col" class="serie">Riket</th>';
      });
      h += "</tr>";
    } else {
      h += '<tr><th scope="col">Indikator</th>' + levels + "</tr>";
    }
    h += "</thead>";

    areas.forEach(function (a) {
      h += '<tbody><tr class="omrade"><th scope="rowgroup" colspan="' + ncol + '">' + esc(a.name) + "</th></tr>";
      a.indicators.forEach(function (id) {
        var ind = D.indicators[id], res = D.results[id] || {};
        var key = unitKey(ind, u), via = viaKommun(ind, u);
        var note = "";
        if (via) { viaCount++; note = ' <span class="kommunvarde">(hela ' + esc(kommunName(u.kommun)) + ")</span>"; }
        var sel = id === ind0;
        h += '<tr data-indikator="' + esc(id) + '"' + (sel ? ' class="vald"' : "") + '><th scope="row"><a href="' +
          esc(link(with_(s, { indikator: id, lan: "", kommungrupp: "", sortera: "" }))) + '">' + esc(ind.name) + "</a>" +
          (sel ? ' <span class="markering">vald indikator</span>' : "") + "</th>" +
          cellHtml("td", fmt(levelCell(res, "enhet", key), ind, "enhet"), ' data-niva="enhet"', note) +
          cellHtml("td", fmt(levelCell(res, "lan", u.lan), ind, "lan"), ' data-niva="lan"') +
          cellHtml("td", fmt(levelCell(res, "riket", "riket"), ind, "riket"), ' data-niva="riket"') +
          cellHtml("td", fmt(levelCell(res, "befolkningsgrupp", u.befolkningsgrupp), ind, "befolkningsgrupp", !res.befolkningsgrupp), ' data-niva="befolkningsgrupp"') +
          cellHtml("td", fmt(levelCell(res, "kommungrupp", u.kommungrupp), ind, "kommungrupp", !res.kommungrupp), ' data-niva="kommungrupp"');
        seriesYears.forEach(function (y) {
          var sr = SERIES[id] && SERIES[id][y];
          if (!sr) {
            h += '<td class="r r-ejjmf serie" colspan="3" data-ar="' + esc(y) + '" data-serie-niva="alla">ej jämförbar</td>';
            return;
          }
          h += cellHtml("td", fmt(levelCell(sr, "enhet", key), ind, "enhet"), ' data-ar="' + esc(y) + '" data-serie-niva="enhet"') +
            cellHtml("td", fmt(levelCell(sr, "lan", u.lan), ind, "lan"), ' data-ar="' + esc(y) + '" data-serie-niva="lan"') +
            cellHtml("td", fmt(levelCell(sr, "riket", "riket"), ind, "riket"), ' data-ar="' + esc(y) + '" data-serie-niva="riket"');
        });
        h += "</tr>";
      });
      h += "</tbody>";
    });
    h += "</table></div>";
    if (viaCount) {
      h += '<p class="not">(hela ' + esc(kommunName(u.kommun)) + ") = indikatorn redovisas per kommun, inte per stadsdel. Värdet gäller hela " +
        esc(kommunName(u.kommun)) + "s kommun (" + esc(u.kommun) + ").</p>";
    }
    if (ny) h += '<p class="not">”ej jämförbar” = indikatorn har ändrats eller fanns inte det året, så det tidigare värdet visas inte.</p>';
    return h + "</section>";
  }

  function kindText(ind) {
    if (ind.kind === "classification") return "Resultat Ja, Delvis eller Nej per enhet; för län, riket och grupper andelen Ja i procent";
    var u = ind.unit === "procent" ? "i procent" : ind.unit === "kvot" ? "som kvot" : "";
    if (ind.kind === "source") return "Beräknat per kommun ur register eller statistik" + (u ? ", redovisat " + u : "");
    return "Mått" + (u ? " " + u : "");
  }

  function sortState(s, years) {
    var k = s.sortera || "kod", desc = false;
    if (k.charAt(0) === "-") { desc = true; k = k.slice(1); }
    var ok = ["namn", "kod", "lan", "kommungrupp", "resultat"].indexOf(k) >= 0 || (/^ar(\d+)$/.test(k) && (years || seriesYears).indexOf(k.slice(2)) >= 0);
    return ok ? { key: k, desc: desc } : { key: "kod", desc: false };
  }

  var RANK = { "Nej": 0, "Delvis": 1, "Ja": 2 }; // descending puts Ja first, like a high share
  // Sort key of a cell: [group, number]; group 0 = a figure or Ja/Delvis/Nej, 1 = the rest (always last).
  function cellKey(cell) {
    if (!cell) return [1, 9];
    var r = cell[0] || "";
    if (Object.prototype.hasOwnProperty.call(RANK, r)) return [0, RANK[r]];
    if (!r && cell[1] !== "" && cell[1] != null && !isNaN(parseFloat(cell[1]))) return [0, parseFloat(cell[1])];
    return [1, { "Ej aktuellt": 0, "x": 1, "Bortfall": 2 }[r || "Bortfall"] || 3];
  }

  function chartSvg(ind, res, u) {
    var rows = (D.lan || []).map(function (l) { return { label: l.name, cell: levelCell(res, "lan", l.code), mark: u && u.lan === l.code }; });
    rows.push({ label: "Riket", cell: levelCell(res, "riket", "riket"), riket: true });
    var nums = rows.map(function (r) { var k = cellKey(r.cell); return r.cell && !r.cell[0] && k[0] === 0 ? k[1] : null; });
    var pct = isPercent(ind, "lan");
    var max = pct ? 100 : Math.max.apply(null, nums.filter(function (n) { return n != null; }).concat([0]));
    if (!pct) {
      var p = Math.pow(10, Math.floor(Math.log(max || 1) / Math.LN10));
      max = Math.ceil((max || 1) / p) * p;
    }
    var rowH = 22, top = 6, left = 200, barW = 360, W = left + barW + 90, H = top + rows.length * rowH + 28;
    var t = (ind.kind === "classification" ? "Andel enheter med Ja per län" : ind.short || ind.name) + ", " + YEAR;
    var valid = [];
    rows.forEach(function (r, i) { if (nums[i] != null && !r.riket) valid.push({ label: r.label, n: nums[i], text: fmt(r.cell, ind, "lan").text }); });
    valid.sort(function (a, b) { return b.n - a.n; });
    var desc = valid.length
      ? "Högst: " + valid[0].label + " " + valid[0].text + ". Lägst: " + valid[valid.length - 1].label + " " + valid[valid.length - 1].text +
        ". Riket: " + fmt(rows[rows.length - 1].cell, ind, "riket").text + ". Alla värden finns i tabellen under diagrammet."
      : "Inga län har ett publicerat värde.";
    var h = '<svg class="diagram" viewBox="0 0 ' + W + " " + H + '" role="img" aria-labelledby="diagram-titel diagram-besk" focusable="false">' +
      '<title id="diagram-titel">' + esc(t) + '</title><desc id="diagram-besk">' + esc(desc) + "</desc>";
    var axisY = top + rows.length * rowH + 4;
    for (var g = 0; g <= 4; g++) {
      var x = left + barW * g / 4, val = max * g / 4;
      var lab = (Math.round(val * 10) / 10).toString().replace(".", ",") + (pct ? " %" : "");
      h += '<line class="rutnat" x1="' + x + '" y1="' + top + '" x2="' + x + '" y2="' + axisY + '"/>' +
        '<text class="axel" x="' + x + '" y="' + (axisY + 16) + '" text-anchor="middle">' + esc(lab) + "</text>";
    }
    rows.forEach(function (r, i) {
      var y = top + i * rowH, n = nums[i], f = fmt(r.cell, ind, r.riket ? "riket" : "lan");
      var cls = r.riket ? "stapel riket" : r.mark ? "stapel markerad" : "stapel";
      h += '<text class="etikett' + (r.mark || r.riket ? " fet" : "") + '" x="' + (left - 8) + '" y="' + (y + 15) + '" text-anchor="end">' + esc(r.label) + "</text>";
      var w = n == null ? 0 : Math.max(0, Math.min(barW, barW * n / (max || 1)));
      if (n != null) h += '<rect class="' + cls + '" x="' + left + '" y="' + (y + 3) + '" width="' + w.toFixed(1) + '" height="' + (rowH - 6) + '"/>';
      h += '<text class="varde" x="' + (left + w + 5) + '" y="' + (y + 15) + '">' + esc(f.text) + "</text>";
    });
    return h + "</svg>";
  }

  function indicatorView(id, ind, u, s) {
    var res = D.results[id] || {};
    var ser = SERIES[id] || {};
    var years = seriesYears.filter(function (y) { return ser[y]; });
    var h = '<section id="indikator-vy" class="vy" aria-labelledby="indikator-rubrik">' +
      '<div class="vy-huvud"><h2 id="indikator-rubrik" tabindex="-1"><span class="vy-typ">Indikator: </span>' + esc(ind.name) + "</h2>" +
      '<a class="stang" href="' + esc(link(with_(s, { indikator: "" }))) + '">Stäng indikatorvyn</a></div>' +
      '<p class="fakta">Område: ' + esc(ind.area || "") + " · " + esc(kindText(ind)) + " · Mätdatum " + esc(D.matdatum || "") + "</p>";
    if (ind.perKommun) {
      h += '<p class="not">Indikatorn redovisas per kommun. Stockholm, Göteborg och Malmö redovisas som hela kommuner; deras stadsdelar visar kommunens värde.</p>';
    }

    // Guide: one click away.
    h += '<details class="om"><summary>Om indikatorn: beskrivning och beräkning</summary><div class="om-innehall">';
    if ((ind.guide || []).length) {
      h += '<dl class="guide">';
      ind.guide.forEach(function (kv) {
        h += "<dt>" + esc(kv[0]) + "</dt><dd>" + String(kv[1] == null ? "" : kv[1]).split(/\n{2,}/).map(function (p) {
          return "<p>" + esc(p).replace(/\n/g, "<br>") + "</p>";
        }).join("") + "</dd>";
      });
      h += "</dl>";
    }
    if ((ind.computation || []).length) {
      h += "<h3>Beräkning</h3><ul>" + ind.computation.map(function (c) { return "<li>" + esc(c) + "</li>"; }).join("") + "</ul>";
    }
    if (!(ind.guide || []).length && !(ind.computation || []).length) h += "<p>Ingen beskrivning finns för den här indikatorn.</p>";
    h += "</div></details>";

    // The chosen unit's figures over the years.
    if (u) {
      var key = unitKey(ind, u), via = viaKommun(ind, u);
      var uname = via ? u.name + " (värdet för hela " + kommunName(u.kommun) + ")" : u.name;
      var all = [YEAR].concat(years).sort();
      h += '<h3 id="jamforelse-rubrik">' + esc(unitLabel(u)) + "</h3>" +
        '<div class="tabell-ram" role="region" aria-labelledby="jamforelse-rubrik" tabindex="0"><table id="jamforelse-tabell" class="tabell smal">' +
        "<caption>" + esc(uname) + " jämfört med " + esc(lanName[u.lan] || "länet") + " och riket" + (all.length > 1 ? ", " + esc(all[0]) + "–" + esc(all[all.length - 1]) : ", " + esc(YEAR)) +
        '</caption><thead><tr><th scope="col">År</th><th scope="col">' + esc(uname) + '</th><th scope="col">' + esc(lanName[u.lan] || "Länet") +
        '</th><th scope="col">Riket</th><th scope="col">Befolkningsgrupp ' + esc(u.befolkningsgrupp || "") + '</th><th scope="col">' + esc(u.kommungrupp || "Kommungrupp") + "</th></tr></thead><tbody>";
      all.forEach(function (y) {
        var r = y === YEAR ? res : ser[y];
        var a = ' data-ar="' + esc(y) + '"';
        h += '<tr data-ar="' + esc(y) + '"><th scope="row">' + esc(y) + "</th>" +
          cellHtml("td", fmt(levelCell(r, "enhet", key), ind, "enhet"), a + ' data-niva="enhet"') +
          cellHtml("td", fmt(levelCell(r, "lan", u.lan), ind, "lan"), a + ' data-niva="lan"') +
          cellHtml("td", fmt(levelCell(r, "riket", "riket"), ind, "riket"), a + ' data-niva="riket"') +
          cellHtml("td", fmt(levelCell(r, "befolkningsgrupp", u.befolkningsgrupp), ind, "befolkningsgrupp", !(r && r.befolkningsgrupp)), a + ' data-niva="befolkningsgrupp"') +
          cellHtml("td", fmt(levelCell(r, "kommungrupp", u.kommungrupp), ind, "kommungrupp", !(r && r.kommungrupp)), a + ' data-niva="kommungrupp"') + "</tr>";
      });
      h += "</tbody></table></div>";
    }

    // Län: chart and its table.
    h += "<h3>Län och riket</h3>" + '<figure class="diagram-ram">' + chartSvg(ind, res, u) +
      "<figcaption>" + (ind.kind === "classification" ? "Andel enheter med Ja" : "Värde") + " per län " + esc(YEAR) +
      (u ? "; " + esc(lanName[u.lan] || "") + " är markerat med fet stil" : "") + ". Riket visas sist i orange.</figcaption></figure>";
    h += '<details class="lan-tabell"><summary>Diagrammets värden som tabell</summary><div class="tabell-ram" role="region" aria-label="Värden per län" tabindex="0">' +
      '<table id="lan-tabell" class="tabell smal"><caption>' + esc(ind.name) + ": län och riket</caption><thead><tr><th scope=\"col\">Län</th><th scope=\"col\">" + esc(YEAR) + "</th>";
    years.forEach(function (y) { h += '<th scope="col">' + esc(y) + "</th>"; });
    h += "</tr></thead><tbody>";
    (D.lan || []).concat([{ code: "riket", name: "Riket" }]).forEach(function (l) {
      var lvl = l.code === "riket" ? "riket" : "lan";
      h += '<tr data-lan="' + esc(l.code) + '"><th scope="row">' + esc(l.name) + "</th>" + cellHtml("td", fmt(levelCell(res, lvl, l.code), ind, lvl), ' data-ar="' + esc(YEAR) + '"');
      years.forEach(function (y) { h += cellHtml("td", fmt(levelCell(ser[y], lvl, l.code), ind, lvl), ' data-ar="' + esc(y) + '"'); });
      h += "</tr>";
    });
    h += "</tbody></table></div></details>";

    // All units, filterable and sortable.
    var base = ind.perKommun ? kommunRows : D.units;
    var rows = base.filter(function (r) { return (!s.lan || r.lan === s.lan) && (!s.kommungrupp || r.kommungrupp === s.kommungrupp); });
    var so = sortState(s, years);
    var selCode = u ? unitKey(ind, u) : "";
    var cellOf = function (r, y) {
      var src = y ? ser[y] : res;
      return levelCell(src, "enhet", r.code);
    };
    var keyFn = {
      namn: function (r) { return r.name; },
      kod: function (r) { return r.code; },
      lan: function (r) { return lanName[r.lan] || r.lan; },
      kommungrupp: function (r) { return r.kommungrupp || ""; }
    };
    rows.sort(function (a, b) {
      var c = 0;
      if (keyFn[so.key]) {
        c = cmpText(keyFn[so.key](a), keyFn[so.key](b));
        if (so.desc) c = -c;
      } else {
        var y = so.key === "resultat" ? "" : so.key.slice(2);
        var ka = cellKey(cellOf(a, y)), kb = cellKey(cellOf(b, y));
        c = ka[0] - kb[0];
        if (!c) { c = ka[1] - kb[1]; if (so.desc && ka[0] === 0) c = -c; }
      }
      return c || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    });

    var total = base.length;
    h += '<h3 id="enheter-rubrik">' + (ind.perKommun ? "Alla kommuner" : "Alla kommuner och stadsdelar") + "</h3>" +
      '<div class="filter"><div><label for="filter-lan">Visa län</label><select id="filter-lan"><option value="">Alla län</option>' +
      (D.lan || []).map(function (l) { return '<option value="' + esc(l.code) + '"' + (s.lan === l.code ? " selected" : "") + ">" + esc(l.name) + "</option>"; }).join("") +
      '</select></div><div><label for="filter-grupp">Visa kommungrupp</label><select id="filter-grupp"><option value="">Alla kommungrupper</option>' +
      kommungrupper.map(function (g) { return '<option value="' + esc(g) + '"' + (s.kommungrupp === g ? " selected" : "") + ">" + esc(g) + "</option>"; }).join("") +
      "</select></div></div>";
    var counts = {};
    rows.forEach(function (r) { var f = fmt(cellOf(r, ""), ind, "enhet"); counts[f.text] = (counts[f.text] || 0) + 1; });
    var dist = ind.kind === "classification"
      ? " " + ["Ja", "Delvis", "Nej", "Ej aktuellt", "x", "Bortfall", "saknas"].filter(function (k) { return counts[k]; })
        .map(function (k) { return k + ": " + counts[k]; }).join(", ") + "."
      : "";
    h += '<p id="antal" class="antal">Visar ' + rows.length + " av " + total + (ind.perKommun ? " kommuner." : " enheter.") + esc(dist) + "</p>";

    var cols = [["namn", "Enhet"], ["kod", "Kod"], ["lan", "Län"], ["kommungrupp", "Kommungrupp"], ["resultat", "Resultat " + YEAR]];
    years.forEach(function (y) { cols.push(["ar" + y, y]); });
    h += '<div class="tabell-ram" role="region" aria-labelledby="indikator-tabell-rubrik" tabindex="0"><table id="indikator-tabell" class="tabell">' +
      '<caption id="indikator-tabell-rubrik">' + esc(ind.name) + ": " + (ind.perKommun ? "alla kommuners" : "alla enheters") + " resultat" +
      (s.lan ? ", " + esc(lanName[s.lan] || s.lan) : "") + (s.kommungrupp ? ", " + esc(s.kommungrupp) : "") +
      '. Välj en kolumnrubrik för att sortera.</caption><thead><tr>';
    cols.forEach(function (c) {
      var active = so.key === c[0];
      h += '<th scope="col"' + (active ? ' aria-sort="' + (so.desc ? "descending" : "ascending") + '"' : "") + ">" +
        '<button type="button" id="sortera-' + esc(c[0]) + '" data-sortera="' + esc(c[0]) + '" data-namn="' + esc(c[1]) + '">' + esc(c[1]) +
        '<span class="pil" aria-hidden="true">' + (active ? (so.desc ? "▼" : "▲") : "↕") + "</span></button></th>";
    });
    h += "</tr></thead><tbody>";
    var rowsHtml = [];
    rows.forEach(function (r) {
      var sel = r.code === selCode;
      var name = unitByCode[r.code] ? '<a href="' + esc(link(with_(s, { enhet: r.code }))) + '">' + esc(r.name) + "</a>" : esc(r.name);
      var t = '<tr data-enhet="' + esc(r.code) + '"' + (sel ? ' class="vald"' : "") + '><th scope="row">' + name +
        (sel ? ' <span class="markering">' + (r.code === u.code ? "vald enhet" : "vald enhets kommun") + "</span>" : "") + "</th><td>" + esc(r.code) + "</td><td>" + esc(lanName[r.lan] || r.lan) +
        "</td><td>" + esc(r.kommungrupp || "") + "</td>" + cellHtml("td", fmt(cellOf(r, ""), ind, "enhet"), ' data-niva="enhet"');
      years.forEach(function (y) { t += cellHtml("td", fmt(cellOf(r, y), ind, "enhet"), ' data-ar="' + esc(y) + '"'); });
      rowsHtml.push(t + "</tr>");
    });
    if (!rows.length) rowsHtml.push('<tr><td colspan="' + cols.length + '">Inga enheter matchar filtret.</td></tr>');
    h += rowsHtml.join("") + "</tbody></table></div>";
    return { html: h + "</section>", shown: rows.length, total: total };
  }

  // ---------------------------------------------------------------- render
  function render() {
    var s = parseHash();
    var u = s.enhet ? unitByCode[s.enhet] : null;
    var ind = s.indikator ? D.indicators[s.indikator] : null;
    var active = document.activeElement && document.activeElement.id;

    // Controls follow the state.
    var sel = document.getElementById("enhet-val");
    sel.value = u ? u.code : "";
    var input = document.getElementById("enhet-sok");
    if (u && document.activeElement !== input) input.value = unitLabel(u);
    if (!s.enhet && document.activeElement !== input) input.value = "";
    if (u) { document.getElementById("enhet-sok-svar").innerHTML = ""; input.removeAttribute("aria-invalid"); }
    document.getElementById("indikator-val").value = ind ? s.indikator : "";

    var msgs = [];
    if (s.enhet && !u) msgs.push("Det finns ingen kommun eller stadsdel med koden ”" + s.enhet + "” i Öppna jämförelser " + YEAR + ". Välj en enhet ovan.");
    if (s.indikator && !ind) msgs.push("Det finns ingen indikator med id ”" + s.indikator + "” i Öppna jämförelser " + YEAR + ". Välj en indikator ovan.");
    document.getElementById("meddelanden").innerHTML = msgs.length
      ? '<div class="meddelande" id="fel" tabindex="-1"><h2>Sidan kunde inte visas som länken anger</h2>' + msgs.map(function (m) { return "<p>" + esc(m) + "</p>"; }).join("") + "</div>"
      : "";

    var h = "", said = [];
    var iv = null;
    if (u) { h += unitView(u, s); said.push("Visar alla indikatorer för " + unitLabel(u) + "."); }
    if (ind) {
      iv = indicatorView(s.indikator, ind, u, s);
      h += iv.html;
      said.push("Visar indikatorn " + ind.name + ": " + iv.shown + " av " + iv.total + (ind.perKommun ? " kommuner." : " enheter."));
    }
    if (!u && !ind) h = startHtml();
    document.getElementById("vyer").innerHTML = h;
    document.title = (u ? u.name + " – " : "") + (ind ? (ind.short || ind.name) + " – " : "") + (D.title || "Öppna jämförelser");

    // Focus: keep it on the control that made the change; after a link or Back, go to what changed.
    var first = prev === null;
    var changedInd = !first && prev.indikator !== s.indikator;
    var changedUnit = !first && prev.enhet !== s.enhet;
    if (keepFocus || first) {
      var el = active && document.getElementById(active);
      if (el && document.activeElement !== el && document.activeElement === document.body) el.focus();
    } else if (msgs.length) {
      document.getElementById("fel").focus();
    } else if (changedInd && ind) {
      document.getElementById("indikator-rubrik").focus();
    } else if (changedUnit && u) {
      document.getElementById("enhet-rubrik").focus();
    } else if (changedInd || changedUnit) {
      document.getElementById("innehall").focus();
    }
    if (announceNext) announce(announceNext + (iv ? " Visar " + iv.shown + " av " + iv.total + "." : ""));
    else if (msgs.length) announce(msgs.join(" "));
    else if (!first && !changedInd && !changedUnit && iv) announce("Visar " + iv.shown + " av " + iv.total + (ind.perKommun ? " kommuner." : " enheter."));
    else if (said.length) announce(said.join(" "));
    else if (!first) announce("Startsidan: alla indikatorer.");
    keepFocus = false;
    announceNext = "";
    prev = s;
  }

  // ---------------------------------------------------------------- start
  var title = document.getElementById("sidrubrik");
  if (title && D.title) title.textContent = D.title;
  var ingress = document.getElementById("ingress");
  if (ingress) ingress.textContent = "Resultat per kommun och stadsdel, län och riket. Mätdatum " + (D.matdatum || "") + ".";
  var dl = document.getElementById("nedladdningar");
  if (dl) {
    dl.innerHTML = '<h2 class="sr-only">Ladda ner</h2><p>Ladda ner alla resultat: ' + DOWNLOADS.map(function (f) {
      var kind = /\.xlsx$/i.test(f) ? "Excel" : /\.csv$/i.test(f) ? "CSV" : "";
      return '<a href="' + esc(f) + '" download>' + esc(f) + (kind ? " (" + kind + ")" : "") + "</a>";
    }).join(" · ") + "</p>";
  }
  frame();
  window.addEventListener("hashchange", render);
  render();
})();
