"""The ballot board as a plain web page: an observer pastes a receipt and sees the verdict.

The page carries the signed board itself (no further request, no sign-in). Its script
recomputes the hash chain (Web Crypto SHA-256) and looks for the receipt typed in the
box or given in the address after ``#receipt=``; the full offline check, signature
included, is ``meetings-app verify-board FILE``.
"""

from __future__ import annotations

import html
import json
from string import Template
from typing import Any

_PAGE = Template("""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bảng phiếu / Ballot board</title>
<style>
body{font-family:sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
#verdict{font-size:1.3em;font-weight:bold;padding:.6em;margin:1em 0;border-radius:4px}
.present{background:#dff5df;color:#14521a}.absent{background:#fde2e1;color:#8a1111}
.pending{background:#eee}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.3em;font-size:.9em;text-align:left}
code{word-break:break-all}
</style></head><body>
<h1>Bảng phiếu / Ballot board</h1>
<p><strong>$question</strong></p>
<p>$secret_line</p>
<p>Đầu chuỗi / chain head: <code id="head">$head</code><br>
Khoá của kho / store key: <code>$store_key</code><br>
<span id="chain">Đang kiểm tra chuỗi / checking the chain…</span></p>
<label for="receipt">Biên nhận của bạn / your receipt:</label>
<input id="receipt" size="70" autocomplete="off">
<button id="check" type="button">Kiểm tra / Check</button>
<div id="verdict" class="pending">Dán biên nhận rồi bấm Kiểm tra / paste a receipt, then Check.</div>
<table><thead><tr><th>#</th><th>receipt</th><th>option</th>$voter_head</tr></thead>
<tbody id="entries"></tbody></table>
<script id="board" type="application/json">$board_json</script>
<script>
const board = JSON.parse(document.getElementById("board").textContent);
const labels = Object.fromEntries(board.options.map(o => [o.id, o.label]));
function canon(v) {
  if (Array.isArray(v)) return "[" + v.map(canon).join(",") + "]";
  if (v && typeof v === "object")
    return "{" + Object.keys(v).sort().map(k => JSON.stringify(k) + ":" + canon(v[k])).join(",") + "}";
  return JSON.stringify(v);
}
async function sha(text) {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(d)).map(b => b.toString(16).padStart(2, "0")).join("");
}
async function checkChain() {
  const out = document.getElementById("chain");
  if (!window.crypto || !crypto.subtle) { out.textContent = "Chain not checked here (no Web Crypto); use meetings-app verify-board."; return; }
  let h = await sha("meetings-app ballot board v1\\n" + board.poll_id);
  for (const e of board.entries) h = await sha(h + "\\n" + canon(e));
  out.textContent = h === board.head ? "Chuỗi khớp / the chain holds." : "CHUỖI SAI / THE CHAIN DOES NOT HOLD.";
  out.dataset.ok = String(h === board.head);
}
function check() {
  const wanted = document.getElementById("receipt").value.trim().toLowerCase();
  const v = document.getElementById("verdict");
  if (!wanted) return;
  const hit = board.entries.find(e => e.receipt === wanted);
  v.className = hit ? "present" : "absent";
  v.dataset.verdict = hit ? "present" : "absent";
  v.textContent = hit
    ? "Phiếu có trên bảng / the ballot is on the board: " + (labels[hit.option_id] || hit.option_id)
    : "KHÔNG CÓ TRÊN BẢNG / THIS RECEIPT IS NOT ON THE BOARD";
}
const tbody = document.getElementById("entries");
board.entries.forEach((e, i) => {
  const tr = document.createElement("tr");
  for (const t of [String(i + 1), e.receipt, labels[e.option_id] || e.option_id].concat(board.secret ? [] : [e.voter || ""])) {
    const td = document.createElement("td"); td.textContent = t; tr.appendChild(td);
  }
  tbody.appendChild(tr);
});
document.getElementById("check").addEventListener("click", check);
const fromUrl = new URLSearchParams(location.hash.slice(1)).get("receipt");
if (fromUrl) { document.getElementById("receipt").value = fromUrl; check(); }
checkChain();
</script></body></html>
""")


def board_page(board: dict[str, Any]) -> str:
    """The HTML page of one signed board (names shown for an open poll only)."""
    data = json.dumps(board, ensure_ascii=False).replace("</", "<\\/")
    return _PAGE.substitute(
        question=html.escape(str(board["question"])),
        secret_line=(
            "Bỏ phiếu kín: bảng không ghi tên / secret poll: no names on the board."
            if board["secret"]
            else "Bỏ phiếu công khai / open poll."
        ),
        head=html.escape(str(board["head"])),
        store_key=html.escape(str(board["store_key"])),
        voter_head="" if board["secret"] else "<th>voter</th>",
        board_json=data,
    )
