/**
 * The review pages' stylesheet, inlined so a page works from disk with no network. Font stacks name
 * system fonts that carry Vietnamese (Times New Roman, Arial, Noto, DejaVu, Liberation) before the
 * generic family, so stacked diacritics (ặ, ổ, ữ) never fall back to a box.
 */
export const REVIEW_CSS = `
:root {
  --ui: system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  --text: "Times New Roman", Tinos, "Liberation Serif", "Noto Serif", "DejaVu Serif", Georgia, serif;
  --mono: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace;
  --bad: #c62828; --warn: #b26a00; --ok: #2e7d32; --unk: #6b6b6b; --ink: #1f2328; --muted: #6a6f76;
  --paper: #fff; --bg: #f3f2ee; --fig: #fff0b3; --date: #e6edf5;
}
* { box-sizing: border-box; }
html[data-lang="vi"] .l-en, html[data-lang="en"] .l-vi { display: none; }
body { margin: 0; font-family: var(--ui); color: var(--ink); background: var(--bg); }
a { color: #0b57a4; }
header.top { padding: .8rem 1.5rem; background: var(--paper); border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; }
header.top h1 { font-size: 1.15rem; margin: 0; }
header.top .meta { color: var(--muted); font-size: .85rem; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
#lang-toggle { margin-left: auto; font: inherit; padding: .25rem .7rem; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; cursor: pointer; }
ul.summary { list-style: none; margin: 0; padding: .6rem 1.5rem; display: flex; flex-wrap: wrap; gap: .5rem; background: #fbfaf7; border-bottom: 1px solid #ddd; }
ul.summary li { padding: .3rem .8rem; border-radius: 4px; background: var(--paper); border: 1px solid #ddd; font-size: .85rem; }
ul.summary li b { font-size: 1.1rem; margin-right: .3rem; }
ul.summary li.s-inconsistent b { color: var(--bad); } ul.summary li.s-warning b { color: var(--warn); }
ul.summary li.s-consistent b { color: var(--ok); } ul.summary li.s-unverifiable b { color: var(--unk); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 28rem); gap: 1.2rem; padding: 1.2rem; align-items: start; }
main.doc { background: var(--paper); padding: 1.5rem 2rem 2rem 8rem; font-family: var(--text); font-size: 1.06rem; line-height: 1.6; border: 1px solid #ddd; min-width: 0; }
main.doc h2.doc-h { font-family: var(--ui); font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 1rem -6rem; }
.blk { position: relative; white-space: pre-wrap; overflow-wrap: anywhere; margin: .45rem 0; }
.blk.heading { font-size: 1.06rem; font-weight: bold; margin: 1.1rem 0 .4rem; }
.blk.title { text-align: center; font-weight: bold; }
.blk.header, .blk.signature, .blk.recipients { font-size: .95rem; color: #333; }
.blk .label { font-weight: bold; }
.loc { font-family: var(--ui); font-size: .7rem; font-weight: normal; color: var(--muted); }
.blk > .loc { position: absolute; left: -7.5rem; width: 7rem; top: .3rem; text-align: right; white-space: normal; line-height: 1.2; }
.pagebreak { font-family: var(--ui); font-size: .75rem; color: var(--muted); border-top: 1px dashed #ccc; margin: 1.2rem 0 .6rem -6rem; padding-top: .2rem; }
.blk.table { overflow-x: auto; }
.blk.table table { border-collapse: collapse; font-size: .92rem; white-space: normal; }
.blk.table td, .blk.table th { border: 1px solid #ccc; padding: .15rem .4rem; vertical-align: top; overflow-wrap: normal; }
.blk.table th { background: #f4f3ef; font-family: var(--ui); font-size: .8rem; font-weight: 600; text-align: center; vertical-align: middle; }
.blk.table td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.blk.table td.prose { min-width: 16rem; }
.blk.table td.ev.s-inconsistent, .blk.table th.ev.s-inconsistent { background: #fdecec; box-shadow: inset 3px 0 0 var(--bad); }
.blk.table td.ev.s-warning, .blk.table th.ev.s-warning { background: #fff4e0; box-shadow: inset 3px 0 0 var(--warn); }
.blk.table td.ev { cursor: pointer; }
.blk.table td.hit, .blk.table th.hit { outline: 2px solid var(--bad); outline-offset: -2px; background: #ffe1e1; }
.blk.table td.num.hit mark.hit { outline: none; background: transparent; }
mark { color: inherit; background: transparent; border-radius: 2px; }
mark.fig { background: var(--fig); cursor: help; }
mark.fig.k-date, mark.fig.k-period { background: var(--date); }
mark.fig.unc { outline: 2px dashed #b45309; outline-offset: 1px; }
mark.docref { text-decoration: underline dotted #7a8fa6; }
mark.ev { text-decoration: underline; }
mark.s-inconsistent { box-shadow: inset 0 -2px 0 var(--bad); }
mark.s-warning { box-shadow: inset 0 -2px 0 var(--warn); }
mark.s-consistent { box-shadow: inset 0 -2px 0 var(--ok); }
mark.s-unverifiable { box-shadow: inset 0 -2px 0 var(--unk); }
mark.hit { background: #ffc9c9; outline: 2px solid var(--bad); outline-offset: 1px; }
mark:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid #0b57a4; outline-offset: 2px; }
sup.fnref { font-family: var(--ui); font-size: .7em; line-height: 0; }
sup.fnref a { text-decoration: none; padding: 0 .1em; }
sup.fnref.missing { color: var(--bad); }
section.footnotes, section.references { margin-top: 2rem; border-top: 1px solid #ddd; }
section.footnotes h2, section.references h2 { font-family: var(--ui); font-size: .95rem; margin-left: -6rem; }
section.footnotes ol { list-style: none; padding: 0; font-size: .95rem; }
section.footnotes li { margin: .35rem 0; white-space: pre-wrap; }
section.footnotes li:target, .blk:target { background: #fffbe0; }
.fnnum { font-family: var(--ui); font-weight: bold; font-size: .8rem; vertical-align: super; }
a.backref { text-decoration: none; font-family: var(--ui); }
section.references table { border-collapse: collapse; font-family: var(--ui); font-size: .82rem; width: 100%; }
section.references th, section.references td { border-bottom: 1px solid #e4e4e4; padding: .25rem .4rem; text-align: left; vertical-align: top; }
aside.panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; background: var(--paper); border: 1px solid #ddd; padding: .8rem 1rem; font-size: .88rem; }
aside.panel h2 { font-size: 1rem; margin: 0 0 .6rem; }
.filters { display: flex; flex-direction: column; gap: .4rem; margin-bottom: .8rem; }
.filters select { font: inherit; max-width: 100%; }
.status-filter { border: 1px solid #e2e2e2; border-radius: 4px; padding: .3rem .6rem; display: flex; flex-wrap: wrap; gap: .2rem .8rem; }
.status-filter legend { font-size: .8rem; color: var(--muted); }
details.group { margin: .5rem 0; }
details.group > summary { cursor: pointer; font-weight: bold; padding: .2rem 0; }
details.group .count { font-weight: normal; color: var(--muted); }
details.group ol { list-style: none; margin: 0; padding: 0; }
li.finding { border-left: 3px solid var(--unk); margin: .35rem 0; background: #fafafa; }
li.finding.st-inconsistent { border-color: var(--bad); } li.finding.st-warning { border-color: var(--warn); }
li.finding.st-consistent { border-color: var(--ok); }
li.finding.selected { background: #fff4f4; }
li.finding[hidden] { display: none; }
.f-head { display: block; width: 100%; text-align: left; font: inherit; color: inherit; border: 0; background: transparent; padding: .4rem .6rem; cursor: pointer; }
.f-head .msg { display: block; margin-top: .2rem; }
.f-head .rule { font-size: .8rem; font-weight: bold; color: #3b4048; }
.badge { font-size: .72rem; font-weight: bold; text-transform: uppercase; letter-spacing: .03em; }
.badge.st-inconsistent { color: var(--bad); } .badge.st-warning { color: var(--warn); }
.badge.st-consistent { color: var(--ok); } .badge.st-unverifiable { color: var(--unk); }
.f-body { display: none; padding: 0 .6rem .5rem; }
li.finding.selected .f-body { display: block; }
.arith { font-family: var(--mono); font-size: .95rem; background: #fff; border: 1px solid #eee; padding: .3rem .5rem; margin: .2rem 0 .4rem; overflow-wrap: anywhere; }
.kv .k { color: var(--muted); }
ul.evidence { margin: .2rem 0; padding-left: 1.1rem; }
ul.evidence .role { font-size: .78rem; color: var(--muted); }
.key-row { margin-top: .5rem; padding-top: .4rem; border-top: 1px dashed #ddd; }
.key-row code.key { font-family: var(--mono); font-size: .82rem; background: #fff; border: 1px solid #ddd; padding: .05rem .3rem; user-select: all; }
.key-row button.copy { font: inherit; font-size: .75rem; padding: .05rem .5rem; border: 1px solid #bbb; border-radius: 3px; background: #fafafa; cursor: pointer; }
.hint { color: var(--muted); font-size: .78rem; margin: .25rem 0; }
.hint code { font-family: var(--mono); font-size: .75rem; overflow-wrap: anywhere; }
.decision { font-size: .72rem; font-weight: bold; padding: 0 .3rem; border-radius: 3px; background: #eee; color: #444; }
.decision.d-dismissed { background: #e8eef6; color: #24527a; }
li.finding.reviewed { opacity: .85; }
ul.evidence li { margin: .15rem 0; }
ul.evidence .loc { display: block; }
.ocr-banner { flex-basis: 100%; background: #fff7e0; border: 1px solid #e6c36a; border-radius: 4px; padding: .45rem .8rem; font-size: .88rem; }
.ocr-banner ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.ocr-banner li { margin: .1rem 0; }
#tip { position: absolute; z-index: 20; max-width: 24rem; background: #1f2328; color: #fff; font-family: var(--ui); font-size: .8rem; line-height: 1.35; padding: .5rem .7rem; border-radius: 5px; box-shadow: 0 4px 14px rgba(0,0,0,.25); pointer-events: none; }
#tip .raw { font-weight: bold; font-size: .9rem; display: block; margin-bottom: .2rem; }
#tip dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: .05rem .6rem; }
#tip dt { color: #b8c0c8; } #tip dd { margin: 0; }
#tip hr { border: 0; border-top: 1px solid #444; margin: .35rem 0; }
table.index { border-collapse: collapse; background: var(--paper); width: 100%; font-size: .9rem; }
table.index th, table.index td { border-bottom: 1px solid #e4e4e4; padding: .35rem .6rem; text-align: left; }
table.index td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.index td.bad { color: var(--bad); font-weight: bold; }
main.index { padding: 1.2rem; }
@media (max-width: 62rem) {
  .layout { grid-template-columns: 1fr; }
  aside.panel { position: static; max-height: none; }
  main.doc { padding: 1rem 1.2rem; }
  .blk > .loc { position: static; display: block; width: auto; text-align: left; }
  .pagebreak, main.doc h2.doc-h, section.footnotes h2, section.references h2 { margin-left: 0; }
}
@media print { aside.panel, #lang-toggle, .filters { display: none; } .layout { display: block; } }
`;
