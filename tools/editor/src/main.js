// The page of `sopimus edit`: CodeMirror 6 with the agreement's text, its
// findings as lint marks and a list, and its pages as SVG images. Talks only
// to the server that served it, by relative addresses under its token.
import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars, hoverTooltip,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { search, searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import {
  StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching, indentOnInput,
} from "@codemirror/language";
import { toml } from "@codemirror/legacy-modes/mode/toml";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";

// From the last keystroke to the request. Short, since the time to the page
// on screen counts from the keystroke; while an update is in flight the
// newest text waits for it and goes next (latest wins).
const DEBOUNCE_MS = 120;
const STATUS_POLL_MS = 2000;

const $ = (id) => document.getElementById(id);
const ui = {
  name: $("name"), dirty: $("dirty"), status: $("status"), lang: $("lang"),
  version: $("version"), versionLabel: $("version-label"), findings: $("findings"),
  summary: $("summary"), pages: $("pages"), conflict: $("conflict"),
  conflictText: $("conflict-text"),
};

let savedText = "";
let forceNextSave = false;
let schema = null;

function say(text, bad = false) {
  ui.status.textContent = text;
  ui.status.className = bad ? "bad" : "";
}

function setDirty() {
  const dirty = view.state.doc.toString() !== savedText;
  ui.dirty.hidden = !dirty;
  document.title = (dirty ? "● " : "") + ui.name.textContent + " — sopimus edit";
}

// ---- the JSON Schema: what may stand where in the file ----
// A place in the agreement is a list of keys, ITEM standing for "an element
// of the array"; the schema node for it is found through $ref, anyOf, oneOf
// and allOf, so that completion and hover follow the file's structure.
const ITEM = "[]";

function defOf(ref) {
  const name = ref.replace(/^#\/(\$defs|definitions)\//, "");
  return (schema.$defs || schema.definitions || {})[name];
}

// The plain alternatives a node stands for, $refs followed.
function alternatives(node, depth = 0) {
  if (!node || typeof node !== "object" || depth > 16) return [];
  if (node.$ref) return alternatives(defOf(node.$ref), depth + 1).concat(node.properties ? [node] : []);
  const parts = [...(node.anyOf || []), ...(node.oneOf || []), ...(node.allOf || [])];
  if (parts.length) return [node, ...parts.flatMap((p) => alternatives(p, depth + 1))];
  return [node];
}

function child(node, key) {
  const found = alternatives(node).map((a) => a.properties && a.properties[key]).filter(Boolean);
  return found.length ? (found.length === 1 ? found[0] : { anyOf: found }) : null;
}

function items(node) {
  const found = alternatives(node).map((a) => a.items).filter((i) => i && typeof i === "object");
  return found.length ? (found.length === 1 ? found[0] : { anyOf: found }) : null;
}

const isArray = (node) => alternatives(node).some((a) => a.type === "array" || a.items);

function resolve(path) {
  let node = schema;
  for (const key of path) {
    node = key === ITEM ? items(node) : child(node, key);
    if (!node) return null;
  }
  return node;
}

// The first description on the way from a node through its $refs.
function describe(node, depth = 0) {
  if (!node || depth > 16) return "";
  if (node.description) return node.description;
  if (node.$ref) return describe(defOf(node.$ref), depth + 1);
  return "";
}

// The keys an object at `node` may have, with their descriptions.
function keysOf(node) {
  const keys = new Map();
  for (const a of alternatives(node)) {
    for (const [k, v] of Object.entries(a.properties || {})) if (!keys.has(k)) keys.set(k, describe(v));
  }
  return keys;
}

// The enumerated values at `node` (strings and booleans), with their
// descriptions.
function valuesOf(node) {
  const values = new Map();
  for (const a of alternatives(node)) {
    for (const e of a.enum || []) if (typeof e === "string") values.set(e, a.description || "");
    if (typeof a.const === "string") values.set(a.const, a.description || "");
    if (a.type === "boolean") { values.set(true, ""); values.set(false, ""); }
    if (a.type === "array" && a.items) for (const [v, d] of valuesOf(a.items)) if (typeof v === "string") values.set(v, d);
  }
  return values;
}

// The place of a table header's keys: `[[priorities.goals]]` is an element
// of `goals` of the last element of `priorities`.
function headerPath(keys, array) {
  const path = [];
  keys.forEach((key, i) => {
    path.push(key);
    if ((i < keys.length - 1 || array) && isArray(resolve(path))) path.push(ITEM);
  });
  return path;
}

const HEADER = /^\s*(\[\[?)\s*([^[\]#=]*?)\s*(\]\]?)\s*(#.*)?$/;

function splitKey(key) {
  return key.split(".").map((k) => k.trim().replace(/^["']|["']$/g, "")).filter((k) => k);
}

// What the text from the table header above `pos` to `pos` is in: the
// stack of tables, inline tables and arrays, whether a key or a value is
// expected, the keys read of the current key, and whether `pos` is inside
// a string.
function structureAt(doc, pos) {
  const here = doc.lineAt(pos);
  let base = [];
  let from = 0;
  for (let n = here.number - 1; n >= 1; n--) {
    const line = doc.line(n);
    const m = HEADER.exec(line.text);
    if (m) { base = headerPath(splitKey(m[2]), m[1] === "[["); from = line.to + 1; break; }
  }
  const text = doc.sliceString(from, pos);
  const stack = [{ kind: "table", path: base }];
  let mode = "key";
  let key = [];
  let inString = false;
  let i = 0;
  const n = text.length;
  const top = () => stack[stack.length - 1];
  while (i < n) {
    const c = text[i];
    const t = top();
    if (c === "#") { const nl = text.indexOf("\n", i); if (nl < 0) break; i = nl; continue; }
    if (c === '"' || c === "'") {
      const close = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < n && !text.startsWith(close, j)) {
        if (c === '"' && text[j] === "\\") j++;
        else if (close.length === 1 && text[j] === "\n") break;
        j++;
      }
      if (j >= n) { inString = true; break; }
      if (mode === "key" && t.kind !== "array") key.push(text.slice(i + close.length, j));
      else mode = "after";
      i = j + close.length;
      continue;
    }
    if (mode === "key" && t.kind !== "array") {
      if (/[\w-]/.test(c)) {
        let j = i;
        while (j < n && /[\w-]/.test(text[j])) j++;
        key.push(text.slice(i, j));
        i = j;
        continue;
      }
      if (c === "=") mode = "value";
      else if (c === "}" && t.kind === "inline") { stack.pop(); mode = "after"; }
      i++;
      continue;
    }
    if (mode === "value") {
      const path = t.kind === "array" ? [...t.path, ITEM] : [...t.path, ...key];
      if (c === "{") { stack.push({ kind: "inline", path }); mode = "key"; key = []; i++; continue; }
      if (c === "[") { stack.push({ kind: "array", path }); mode = "value"; key = []; i++; continue; }
      if (c === "]" && t.kind === "array") { stack.pop(); mode = "after"; i++; continue; }
      if (/\s/.test(c) || c === ",") { i++; continue; }
      let j = i;
      while (j < n && !/[,\]}\s#]/.test(text[j])) j++;
      if (j >= n) break; // a bare value being typed
      mode = "after";
      i = j;
      continue;
    }
    // After a value.
    if (c === ",") { if (t.kind === "inline") { mode = "key"; key = []; } else if (t.kind === "array") mode = "value"; }
    else if (c === "\n" && t.kind === "table") { mode = "key"; key = []; }
    else if (c === "}" && t.kind === "inline") stack.pop();
    else if (c === "]" && t.kind === "array") stack.pop();
    i++;
  }
  const t = top();
  return { frame: t, mode, key, inString, valuePath: t.kind === "array" ? [...t.path, ITEM] : [...t.path, ...key] };
}

function schemaCompletion(context) {
  if (!schema) return null;
  const { state, pos } = context;
  const line = state.doc.lineAt(pos);
  const before = line.text.slice(0, pos - line.from);
  const word = context.matchBefore(/[\w-]*/);
  // A table header being typed: `[[priorities.go`.
  const header = /^\s*(\[\[?)\s*([\w.-]*)$/.exec(before);
  if (header) {
    const keys = splitKey(header[2]);
    if (!/\.$/.test(header[2]) && keys.length) keys.pop();
    const node = keys.length ? resolve(headerPath(keys, false)) : schema;
    const options = [...keysOf(node)]
      .filter(([k]) => alternatives(child(node, k)).some((a) => a.type === "object" || a.type === "array" || a.$ref || a.properties))
      .map(([label, info]) => ({ label, type: "class", info: info || undefined }));
    return { from: word.from, options };
  }
  const at = structureAt(state.doc, pos);
  if (at.inString && at.mode !== "key") {
    const values = valuesOf(resolve(at.valuePath));
    return {
      from: word.from,
      options: [...values].filter(([v]) => typeof v === "string")
        .map(([label, info]) => ({ label, type: "enum", info: info || undefined })),
    };
  }
  if (at.inString) return null;
  if (at.mode === "key" && at.frame.kind !== "array") {
    if (word.from === word.to && !context.explicit) return null;
    const keys = word.from < word.to ? at.key.slice(0, -1) : at.key;
    const node = resolve([...at.frame.path, ...keys]);
    return {
      from: word.from,
      options: [...keysOf(node)].map(([label, info]) => ({
        label, type: "property", apply: label + " = ", info: info || undefined,
      })),
    };
  }
  if (at.mode === "value") {
    const values = valuesOf(resolve(at.valuePath));
    if (!values.size) return null;
    return {
      from: word.from,
      options: [...values].map(([v, info]) => ({
        label: typeof v === "string" ? `"${v}"` : String(v), type: "enum", info: info || undefined,
      })),
    };
  }
  return null;
}

// Hover on a key: its description from the schema, and its values when
// they are enumerated.
const schemaHover = hoverTooltip((view, pos, side) => {
  if (!schema) return null;
  const doc = view.state.doc;
  const line = doc.lineAt(pos);
  const text = line.text;
  let start = pos - line.from;
  let end = start;
  while (start > 0 && /[\w-]/.test(text[start - 1])) start--;
  while (end < text.length && /[\w-]/.test(text[end])) end++;
  if (start === end || (start === pos - line.from && side < 0) || (end === pos - line.from && side > 0)) return null;
  const word = text.slice(start, end);
  let path = null;
  const m = HEADER.exec(text);
  if (m && start < text.indexOf(m[3], text.indexOf(m[1]) + m[1].length)) {
    const keys = splitKey(text.slice(text.indexOf(m[1]) + m[1].length, end));
    path = headerPath(keys, false);
  } else if (/^\s*(\.[\w-]+)*\s*=/.test(text.slice(end)) || /^\s*\./.test(text.slice(end))) {
    const at = structureAt(doc, line.from + start);
    if (at.inString || !(at.mode === "key" && at.frame.kind !== "array")) return null;
    path = [...at.frame.path, ...at.key, word];
  }
  if (!path) return null;
  const node = resolve(path);
  const description = describe(node) || describe(child(resolve(path.slice(0, -1)), word));
  if (!node || !description) return null;
  const values = [...valuesOf(node).keys()].filter((v) => typeof v === "string");
  return {
    pos: line.from + start,
    end: line.from + end,
    above: true,
    create() {
      const dom = document.createElement("div");
      dom.className = "schema-help";
      const title = document.createElement("strong");
      title.textContent = path.filter((k) => k !== ITEM).join(".");
      const body = document.createElement("div");
      body.textContent = description;
      dom.append(title, body);
      if (values.length) {
        const list = document.createElement("div");
        list.className = "values";
        list.textContent = "values: " + values.join(", ");
        dom.append(list);
      }
      return { dom };
    },
  };
});

// ---- the editor ----
const readOnly = new Compartment();
const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: "",
    extensions: [
      lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(),
      drawSelection(), indentOnInput(), bracketMatching(), closeBrackets(),
      highlightActiveLine(), highlightSelectionMatches(), search({ top: true }),
      StreamLanguage.define(toml), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      lintGutter(), autocompletion({ override: [schemaCompletion] }), schemaHover,
      readOnly.of(EditorState.readOnly.of(true)),
      keymap.of([
        { key: "Mod-s", run: () => { save(false); return true; }, preventDefault: true },
        ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap,
        ...completionKeymap, indentWithTab,
      ]),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) { edits++; lastEditAt = performance.now(); setDirty(); schedule(); }
      }),
    ],
  }),
});

// ---- findings and pages ----
let timer = null;
let inFlight = false;
let again = false;
let edits = 0; // changes to the text so far
let lastEditAt = 0; // performance.now() at the last change
const pageCache = new Map(); // hash -> { url, type, width, height, texts }
// Each answer shown for the newest text: the time from the last keystroke
// (and from the request) to its pages on screen. For measuring: the
// browser test reads it, nothing else does.
const shown = [];
window.__sopimusLatency = shown;

let typingEndedAt = 0; // performance.now() when the last pause began
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => { typingEndedAt = performance.now(); update(); }, DEBOUNCE_MS);
}

// Pixels a point for the pages' PNG images: the width a page takes on
// screen, in device pixels, by the A4 page's 595 points, in steps of a
// quarter (a small change of the window does not draw every page again).
const A4_WIDTH_PT = 595.28;
function pageScale() {
  const style = getComputedStyle(ui.pages);
  const inner = ui.pages.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const shown = Math.min(Math.max(inner, 200), 800);
  const scale = Math.ceil(((shown * (window.devicePixelRatio || 1)) / A4_WIDTH_PT) * 4) / 4;
  return Math.min(Math.max(scale, 0.5), 4);
}
let scaleAsked = 0;
// A window made wider or moved to a sharper screen: every page again, sharp.
new ResizeObserver(() => { if (scaleAsked && pageScale() !== scaleAsked) update(true); }).observe(ui.pages);

function place(doc, f) {
  if (!f.line || f.line > doc.lines) return null;
  const line = doc.line(f.line);
  const from = Math.min(line.from + Math.max((f.column || 1) - 1, 0), line.to);
  // Underline the value or key that starts there, up to the line's end.
  const rest = line.text.slice(from - line.from);
  const token = /^("(?:[^"\\]|\\.)*"?|[^\s,\]}]+)/.exec(rest);
  const to = Math.max(from + (token ? token[0].length : 0), Math.min(from + 1, line.to));
  return { from, to: Math.max(to, from) };
}

function showFindings(answer) {
  const doc = view.state.doc;
  const diagnostics = [];
  ui.findings.replaceChildren();
  for (const f of answer.findings) {
    const at = place(doc, f);
    if (at) diagnostics.push({ from: at.from, to: at.to, severity: f.severity, message: f.message, source: f.code });
    const li = document.createElement("li");
    li.className = f.severity;
    const where = document.createElement("div");
    where.className = "where";
    where.textContent = [f.path, f.line ? `${f.line}:${f.column || 1}` : ""].filter(Boolean).join("  ");
    const text = document.createElement("div");
    text.textContent = f.message;
    li.append(where, text);
    if (at) {
      li.title = "show in the text";
      li.addEventListener("click", () => {
        view.dispatch({ selection: { anchor: at.from, head: at.to }, scrollIntoView: true });
        view.focus();
      });
    }
    ui.findings.append(li);
  }
  view.dispatch(setDiagnostics(view.state, diagnostics));
  const { errors, warnings } = answer;
  ui.summary.textContent = errors + warnings === 0
    ? "No findings"
    : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

function showVersions(answer) {
  const versions = answer.versions || [];
  ui.versionLabel.hidden = versions.length < 2;
  const now = [...ui.version.options].map((o) => o.value).join();
  if (now !== versions.join()) {
    ui.version.replaceChildren(...versions.map((v) => new Option(v, v)));
  }
  if (answer.version) ui.version.value = answer.version;
}

// A page's runs of text joined into lines where they touch on one
// baseline: typst shapes a line in pieces (its first word often apart).
function joinRuns(texts) {
  const lines = [];
  for (const [x, y, w, h, t] of texts) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[1] - y) < 1 && x >= last[0] && x - (last[0] + last[2]) < 2) {
      last[2] = x + w - last[0];
      last[3] = Math.max(last[3], h);
      last[4] += t;
    } else {
      lines.push([x, y, w, h, t]);
    }
  }
  return lines;
}

// Fetches the image of every page new to this tab (the answer names it;
// its bytes come apart from the JSON, as the image file itself).
async function loadImages(answer) {
  const wanted = (answer.pages || []).filter((p) => p.image && !pageCache.has(p.hash));
  await Promise.all(wanted.map(async (p) => {
    const r = await fetch(`api/page/${p.hash}`);
    // Gone already (another tab's text came between): the next answer
    // sends it again, since this tab does not have it.
    if (!r.ok) return;
    const image = await r.blob();
    pageCache.set(p.hash, {
      url: URL.createObjectURL(image), type: image.type, width: p.width, height: p.height,
      texts: joinRuns(p.texts || []),
    });
  }));
}

// Shows the pages of an answer; the images whose picture changed.
function showPages(answer) {
  if (!answer.pages) {
    // Not rendered: the last good pages stay, dimmed.
    ui.pages.classList.add("stale");
    return [];
  }
  ui.pages.classList.remove("stale");
  const keep = new Set();
  const changed = [];
  let missing = false;
  answer.pages.forEach((p, i) => {
    let img = ui.pages.children[i];
    if (!img || img.tagName !== "IMG") {
      img = document.createElement("img");
      img.alt = `page ${i + 1}`;
      img.title = "click a text to find it in the file";
      ui.pages.append(img);
    }
    if (!pageCache.has(p.hash)) {
      // Its image could not be fetched: the old one stays until the
      // pages are asked for again (once for this text).
      missing = true;
      if (img.dataset.hash) keep.add(img.dataset.hash);
      return;
    }
    keep.add(p.hash);
    // Only a changed page is replaced; the others, and the scroll, stay.
    if (img.dataset.hash !== p.hash) {
      img.src = pageCache.get(p.hash).url;
      img.dataset.hash = p.hash;
      changed.push(img);
    }
  });
  while (ui.pages.children.length > answer.pages.length) ui.pages.lastChild.remove();
  for (const [hash, page] of pageCache) {
    if (!keep.has(hash)) { URL.revokeObjectURL(page.url); pageCache.delete(hash); }
  }
  if (missing && retriedFor !== edits) { retriedFor = edits; update(true); }
  return changed;
}
let retriedFor = -1;

// Resolves after the browser has painted what the page holds now: a frame
// is drawn after requestAnimationFrame's callbacks, and a task queued there
// runs after it.
const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

// ---- a click on a page: its text in the file ----
const invisible = /[\u00AD\u200B\u2060]/g;

// The occurrences of `needle` in `hay`, at most `limit`.
function occurrences(hay, needle, limit = 50) {
  const found = [];
  for (let at = hay.indexOf(needle); at >= 0 && found.length < limit; at = hay.indexOf(needle, at + 1)) found.push(at);
  return found;
}

// Where a run of a page's text stands in the file: the run itself, or the
// words around the click (a run may be part of a longer text, hyphenated,
// or joined from several fields), preferring a place that is unique.
function findInSource(text, runs, index, share) {
  const run = runs[index][4].replace(invisible, "").replace(/-$/, "").trim();
  const candidates = [];
  const next = runs[index + 1] && runs[index + 1][4].replace(invisible, "").trim();
  if (next) candidates.push(`${run} ${next}`);
  candidates.push(run);
  const words = run.split(/\s+/);
  const w = Math.min(words.length - 1, Math.max(0, Math.floor(share * words.length)));
  for (let span = Math.min(words.length, 4); span >= 1; span--) {
    for (let a = Math.max(0, w - span + 1); a <= w && a + span <= words.length; a++) {
      candidates.push(words.slice(a, a + span).join(" "));
    }
  }
  let best = null;
  for (const c of candidates) {
    const clean = c.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (clean.length < 3) continue;
    const at = occurrences(text, clean);
    if (at.length === 1) return { from: at[0], to: at[0] + clean.length, count: 1 };
    if (at.length > 1 && !best) best = { from: at[0], to: at[0] + clean.length, count: at.length };
  }
  return best;
}

ui.pages.addEventListener("click", (event) => {
  const img = event.target;
  if (img.tagName !== "IMG") return;
  const page = pageCache.get(img.dataset.hash);
  if (!page) return;
  const box = img.getBoundingClientRect();
  const x = ((event.clientX - box.left) / box.width) * page.width;
  const y = ((event.clientY - box.top) / box.height) * page.height;
  // The run under the click, or the nearest one within a line's height.
  let index = -1;
  let nearest = Infinity;
  page.texts.forEach(([tx, ty, tw, th], i) => {
    const dx = Math.max(tx - x, 0, x - (tx + tw));
    const dy = Math.max(ty - y, 0, y - (ty + th));
    const d = Math.hypot(dx, dy);
    if (d < nearest && d < 6) { nearest = d; index = i; }
  });
  if (index < 0) { say("no text there"); return; }
  const [tx, , tw] = page.texts[index];
  const found = findInSource(view.state.doc.toString(), page.texts, index, (x - tx) / Math.max(tw, 1));
  if (!found) {
    say(`“${page.texts[index][4]}” is not in the file (the layout writes it)`);
    return;
  }
  view.dispatch({ selection: { anchor: found.from, head: found.to }, scrollIntoView: true });
  view.focus();
  const line = view.state.doc.lineAt(found.from).number;
  say(found.count > 1 ? `line ${line} (the first of ${found.count} places with this text)` : `line ${line}`);
});

// Asks for the findings and pages of the editor's text, unless this text
// was asked for already (`force`: the language or version changed).
let sentFor = -1;
let againForced = false;
async function update(force = false) {
  if (inFlight) { again = true; againForced ||= force === true; return; }
  if (force !== true && edits === sentFor) return;
  sentFor = edits;
  inFlight = true;
  const text = view.state.doc.toString();
  const sentEdits = edits;
  const editAt = lastEditAt;
  const pauseAt = typingEndedAt;
  scaleAsked = pageScale();
  const params = new URLSearchParams({
    lang: ui.lang.value, version: ui.version.value || "", scale: scaleAsked,
    have: [...pageCache.keys()].join(","),
  });
  const started = performance.now();
  try {
    const r = await fetch(`api/update?${params}`, { method: "POST", body: text });
    const headers = performance.now();
    if (!r.ok) throw new Error(await r.text());
    const answer = await r.json();
    const parsed = performance.now();
    showFindings(answer);
    if (sentEdits !== edits) {
      // Typed on meanwhile: these pages are already old. The findings
      // are shown (cheap); the pages are left for the newest text's
      // answer, which is asked for at once rather than after drawing them.
      return;
    }
    showVersions(answer);
    await loadImages(answer);
    const fetched = performance.now();
    const changed = showPages(answer);
    const placed = performance.now();
    await Promise.all(changed.map((img) => img.decode().catch(() => {})));
    const decoded = performance.now();
    await painted();
    const now = performance.now();
    const t = answer.timings || {};
    const ms = Math.round(now - started);
    if (sentEdits === edits) {
      if (shown.length >= 5000) shown.shift();
      shown.push({
        edit: sentEdits, sinceEdit: now - editAt, sinceRequest: now - started,
        // From the end of typing (the pause the page waits for) to the
        // pages on screen, any wait for an earlier answer included.
        sincePause: now - Math.max(pauseAt, editAt),
        server: (t.check_ms || 0) + (t.render_ms || 0), valid: !!answer.valid, changed: changed.length,
        // Where the time went: the answer read, the new pictures decoded.
        headers: headers - started, parsed: parsed - started, fetched: fetched - started,
        placed: placed - started,
        decoded: decoded - started,
      });
    }
    say(answer.render_error
      ? `not rendered: ${answer.render_error}`
      : `updated in ${ms} ms (check ${Math.round(t.check_ms || 0)} ms` +
        (t.render_ms != null ? `, pages ${Math.round(t.render_ms)} ms)` : ")"),
      !!answer.render_error);
  } catch (e) {
    say(`the server did not answer (${e.message.trim()}); your text is still here, keep this tab open`, true);
  } finally {
    inFlight = false;
    if (again) {
      const forced = againForced;
      again = againForced = false;
      update(forced);
    }
  }
}

// ---- saving, writing, the file on disk ----
function showConflict(text) {
  ui.conflictText.textContent = text;
  ui.conflict.hidden = false;
}

async function save(force) {
  const text = view.state.doc.toString();
  try {
    const r = await fetch(`api/save?force=${force || forceNextSave ? 1 : 0}`, { method: "POST", body: text });
    const answer = await r.json();
    if (r.status === 409) {
      showConflict("The file changed on disk since you loaded it. Reload it (your changes are lost) or keep yours (saving overwrites the file)?");
      return;
    }
    if (!r.ok) throw new Error(answer.error);
    savedText = text;
    forceNextSave = false;
    ui.conflict.hidden = true;
    setDirty();
    say("saved");
  } catch (e) {
    say(`not saved: ${e.message}`, true);
  }
}

async function writeFile(kind) {
  try {
    const r = await fetch(`api/${kind}?version=${ui.version.value || ""}`, {
      method: "POST", body: view.state.doc.toString(),
    });
    const answer = await r.json();
    if (!r.ok) throw new Error(answer.error);
    say(`wrote ${answer.written}`);
  } catch (e) {
    say(`not written: ${e.message}`, true);
  }
}

async function load() {
  const r = await fetch("api/text");
  const answer = await r.json();
  if (!r.ok) throw new Error(answer.error);
  savedText = answer.text;
  ui.name.textContent = answer.name;
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: answer.text },
    effects: readOnly.reconfigure(EditorState.readOnly.of(false)),
  });
  ui.conflict.hidden = true;
  forceNextSave = false;
  setDirty();
}

async function poll() {
  try {
    const r = await fetch("api/status");
    const answer = await r.json();
    if (answer.changed_on_disk && ui.conflict.hidden && !forceNextSave) {
      showConflict("The file changed on disk. Reload it (your changes are lost) or keep yours (saving overwrites the file)?");
    }
  } catch (e) {
    say("the server did not answer; your text is still here, keep this tab open", true);
  }
}

$("save").addEventListener("click", () => save(false));
$("pdf").addEventListener("click", () => writeFile("pdf"));
$("xlsx").addEventListener("click", () => writeFile("xlsx"));
$("reload").addEventListener("click", () => load().then(() => update(true), (e) => say(e.message, true)));
$("keep").addEventListener("click", () => {
  forceNextSave = true;
  ui.conflict.hidden = true;
  say("your version is kept: saving overwrites the file");
});
ui.lang.addEventListener("change", () => update(true));
ui.version.addEventListener("change", () => update(true));
window.addEventListener("beforeunload", (e) => {
  if (view.state.doc.toString() !== savedText) { e.preventDefault(); e.returnValue = ""; }
});

load()
  .then(update)
  .then(() => fetch("api/schema"))
  .then((r) => (r.ok ? r.json() : null))
  .then((s) => { schema = s; window.__sopimusSchema = !!s; })
  .catch((e) => say(e.message, true));
setInterval(poll, STATUS_POLL_MS);
window.__sopimusView = view;
window.__sopimusPages = pageCache;
window.__sopimusEdits = () => edits;
