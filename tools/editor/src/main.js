// The page of `sopimus edit`: CodeMirror 6 with the agreement's text, its
// findings as lint marks and a list, and its pages as SVG images. Talks only
// to the server that served it, by relative addresses under its token.
import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { search, searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import {
  StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching, indentOnInput,
} from "@codemirror/language";
import { toml } from "@codemirror/legacy-modes/mode/toml";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { autocompletion, completionKeymap, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";

// From the end of typing to the request: the bound is 150 ms.
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
let schemaWords = null;

function say(text, bad = false) {
  ui.status.textContent = text;
  ui.status.className = bad ? "bad" : "";
}

function setDirty() {
  const dirty = view.state.doc.toString() !== savedText;
  ui.dirty.hidden = !dirty;
  document.title = (dirty ? "● " : "") + ui.name.textContent + " — sopimus edit";
}

// ---- completion from the JSON Schema: every key and enumerated value ----
function collectSchema(schema) {
  const keys = new Map();
  const values = new Map();
  const seen = new Set();
  const walk = (node) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (node.properties) {
      for (const [k, v] of Object.entries(node.properties)) {
        if (!keys.has(k)) keys.set(k, (v && v.description) || "");
      }
    }
    for (const e of node.enum || []) if (typeof e === "string") values.set(e, node.description || "");
    if (typeof node.const === "string") values.set(node.const, node.description || "");
    for (const v of Object.values(node)) if (typeof v === "object") walk(v);
  };
  walk(schema);
  return { keys, values };
}

function schemaCompletion(context) {
  if (!schemaWords) return null;
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  const inString = /=\s*"[^"]*$/.exec(before);
  if (inString) {
    const word = context.matchBefore(/[\w-]*/);
    return {
      from: word.from,
      options: [...schemaWords.values].map(([label, info]) => ({ label, type: "enum", info: info || undefined })),
    };
  }
  if (/^\s*[\w-]*$/.test(before)) {
    const word = context.matchBefore(/[\w-]*/);
    if (word.from === word.to && !context.explicit) return null;
    return {
      from: word.from,
      options: [...schemaWords.keys].map(([label, info]) => ({
        label, type: "property", apply: label + " = ", info: info || undefined,
      })),
    };
  }
  return null;
}

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
      lintGutter(), autocompletion({ override: [schemaCompletion] }),
      readOnly.of(EditorState.readOnly.of(true)),
      keymap.of([
        { key: "Mod-s", run: () => { save(false); return true; }, preventDefault: true },
        ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap,
        ...completionKeymap, indentWithTab,
      ]),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) { setDirty(); schedule(); }
      }),
    ],
  }),
});

// ---- findings and pages ----
let timer = null;
let inFlight = false;
let again = false;
const pageCache = new Map(); // hash -> blob: URL

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

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

function showPages(answer) {
  if (!answer.pages) {
    // Not rendered: the last good pages stay, dimmed.
    ui.pages.classList.add("stale");
    return;
  }
  ui.pages.classList.remove("stale");
  const keep = new Set();
  answer.pages.forEach((p, i) => {
    if (p.svg != null && !pageCache.has(p.hash)) {
      pageCache.set(p.hash, URL.createObjectURL(new Blob([p.svg], { type: "image/svg+xml" })));
    }
    keep.add(p.hash);
    let img = ui.pages.children[i];
    if (!img || img.tagName !== "IMG") {
      img = document.createElement("img");
      img.alt = `page ${i + 1}`;
      ui.pages.append(img);
    }
    // Only a changed page is replaced; the others, and the scroll, stay.
    if (img.dataset.hash !== p.hash) {
      img.src = pageCache.get(p.hash);
      img.dataset.hash = p.hash;
    }
  });
  while (ui.pages.children.length > answer.pages.length) ui.pages.lastChild.remove();
  for (const [hash, url] of pageCache) {
    if (!keep.has(hash)) { URL.revokeObjectURL(url); pageCache.delete(hash); }
  }
}

async function update() {
  if (inFlight) { again = true; return; }
  inFlight = true;
  const text = view.state.doc.toString();
  const params = new URLSearchParams({
    lang: ui.lang.value, version: ui.version.value || "", have: [...pageCache.keys()].join(","),
  });
  const started = performance.now();
  try {
    const r = await fetch(`api/update?${params}`, { method: "POST", body: text });
    if (!r.ok) throw new Error(await r.text());
    const answer = await r.json();
    showFindings(answer);
    showVersions(answer);
    showPages(answer);
    const t = answer.timings || {};
    const ms = Math.round(performance.now() - started);
    window.__sopimusLast = { ms, timings: t, pages: (answer.pages || []).length };
    say(answer.render_error
      ? `not rendered: ${answer.render_error}`
      : `updated in ${ms} ms (check ${Math.round(t.check_ms || 0)} ms` +
        (t.render_ms != null ? `, pages ${Math.round(t.render_ms)} ms)` : ")"),
      !!answer.render_error);
  } catch (e) {
    say(`the server did not answer (${e.message.trim()}); your text is still here, keep this tab open`, true);
  } finally {
    inFlight = false;
    if (again) { again = false; update(); }
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
$("reload").addEventListener("click", () => load().then(update, (e) => say(e.message, true)));
$("keep").addEventListener("click", () => {
  forceNextSave = true;
  ui.conflict.hidden = true;
  say("your version is kept: saving overwrites the file");
});
ui.lang.addEventListener("change", update);
ui.version.addEventListener("change", update);
window.addEventListener("beforeunload", (e) => {
  if (view.state.doc.toString() !== savedText) { e.preventDefault(); e.returnValue = ""; }
});

load()
  .then(update)
  .then(() => fetch("api/schema"))
  .then((r) => (r.ok ? r.json() : null))
  .then((schema) => { if (schema) schemaWords = collectSchema(schema); })
  .catch((e) => say(e.message, true));
setInterval(poll, STATUS_POLL_MS);
window.__sopimusView = view;
