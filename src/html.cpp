// The HTML renderer. Every span (paragraph, attribution part, match) becomes an
// element; spans nest when they can and are split into fragments where they
// cross, so the markup is always well-formed. Styling is one <style> block and
// the optional script one <script> block, both allowed by hash in the CSP.
#include "rhetor/html.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "rhetor/unicode.hpp"
#include "rhetor/version.hpp"

namespace rhetor {

void append_html_escaped(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\r': break;  // a CR is not a code point HTML parsers keep apart from LF
        default:
          // Control characters other than tab and newline are not allowed in HTML text.
          if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) out += "\xEF\xBF\xBD";
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    if (cp == U'\uFFFD' && len == 1) out += "\xEF\xBF\xBD";
    else out.append(s.data() + i, len);
    i += len;
  }
}

namespace {

// ---- SHA-256 (FIPS 180-4), for the CSP hashes of the inline style and script.
std::string sha256_base64(std::string_view data) {
  static constexpr std::array<std::uint32_t, 64> k = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::string msg(data);
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  msg += '\x80';
  while (msg.size() % 64 != 56) msg += '\0';
  for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xFF);
  auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  for (std::size_t off = 0; off < msg.size(); off += 64) {
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i)
      for (int b = 0; b < 4; ++b) w[i] = (w[i] << 8) | static_cast<unsigned char>(msg[off + i * 4 + b]);
    for (int i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto v = h;
    for (int i = 0; i < 64; ++i) {
      const std::uint32_t s1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
      const std::uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
      const std::uint32_t t1 = v[7] + s1 + ch + k[i] + w[i];
      const std::uint32_t s0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
      const std::uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
      v = {t1 + s0 + maj, v[0], v[1], v[2], v[3] + t1, v[4], v[5], v[6]};
    }
    for (int i = 0; i < 8; ++i) h[i] += v[i];
  }
  unsigned char digest[32];
  for (int i = 0; i < 8; ++i)
    for (int b = 0; b < 4; ++b) digest[i * 4 + b] = static_cast<unsigned char>(h[i] >> (24 - 8 * b));
  static const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (int i = 0; i < 32; i += 3) {
    const std::uint32_t n = (digest[i] << 16) | ((i + 1 < 32 ? digest[i + 1] : 0) << 8) | (i + 2 < 32 ? digest[i + 2] : 0);
    out += b64[(n >> 18) & 63];
    out += b64[(n >> 12) & 63];
    out += i + 1 < 32 ? b64[(n >> 6) & 63] : '=';
    out += i + 2 < 32 ? b64[n & 63] : '=';
  }
  return out;
}

constexpr std::string_view kCss = R"css(
.rhx{--ink:#1f2328;--muted:#6b7280;--line:#e5e7eb;--panel:#f8fafc;--att:#0f766e;color:var(--ink);background:#fff;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;max-width:54rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
.rhx *{box-sizing:border-box}
.rhx h1{font-size:1.45rem;line-height:1.25;margin:0 0 .2rem;font-weight:650;overflow-wrap:anywhere}
.rhx h2{font-size:.78rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.6rem 0 .5rem;font-weight:650}
.rhx .meta{color:var(--muted);margin:0 0 1rem;font-size:.9rem}
.rhx .doc+.doc,.rhx .index+.doc{border-top:3px solid var(--ink);margin-top:3rem;padding-top:1.5rem}
.rhx .k-loaded{--c:#c81e1e;--bg:#fde2e2}.rhx .k-hedge{--c:#1d4ed8;--bg:#dbe7fe}
.rhx .k-booster{--c:#b45309;--bg:#fdebc8}.rhx .k-attribution{--c:#047857;--bg:#d1f5e4}
.rhx .k-x0{--c:#7c3aed;--bg:#ede9fe}.rhx .k-x1{--c:#be185d;--bg:#fce7f3}
.rhx .k-x2{--c:#0e7490;--bg:#cffafe}.rhx .k-x3{--c:#4d7c0f;--bg:#ecfccb}
.rhx .top{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);gap:1.25rem;align-items:start}
@media (max-width:44rem){.rhx .top{grid-template-columns:1fr}}
.rhx table{border-collapse:collapse;width:100%;font-size:.86rem;font-variant-numeric:tabular-nums}
.rhx th,.rhx td{padding:.28rem .5rem;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
.rhx th:first-child,.rhx td:first-child{text-align:left}
.rhx thead th{font-weight:600;color:var(--muted);font-size:.75rem;border-bottom:1px solid #cbd5e1}
.rhx .facts{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.4rem;margin:.75rem 0 0;font-size:.8rem}
.rhx .facts div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.35rem .5rem}
.rhx .facts dt{color:var(--muted);font-size:.7rem}.rhx .facts dd{margin:0;font-weight:650;font-size:1rem;font-variant-numeric:tabular-nums}
.rhx .legend{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.6rem .75rem;font-size:.82rem}
.rhx .legend ul{list-style:none;margin:0;padding:0;display:grid;gap:.3rem}
.rhx .legend label{display:flex;gap:.45rem;align-items:center;cursor:pointer}
.rhx .legend .hint{color:var(--muted);font-size:.75rem;margin:.5rem 0 0}
.rhx .sw{display:inline-block;min-width:2.6rem;text-align:center;border-radius:3px;padding:0 .25rem;font:13px/1.5 Georgia,serif}
.rhx .sw.solid{background:var(--bg);box-shadow:inset 0 -2px var(--c)}
.rhx .sw.quoted{background:repeating-linear-gradient(135deg,var(--bg) 0 4px,#fff 4px 7px);box-shadow:inset 0 -2px var(--c)}
.rhx .sw.att{border-bottom:2px solid var(--att);font-weight:650;border-radius:0}
.rhx .sw.cnt{background:rgba(15,118,110,.09);border-bottom:1px dotted var(--att);border-radius:0}
.rhx figure{margin:1rem 0 0}
.rhx figcaption{color:var(--muted);font-size:.78rem;margin-top:.25rem}
.rhx svg{display:block;width:100%;height:auto;font:11px system-ui,sans-serif}
.rhx svg .lane{fill:#f3f4f6}.rhx svg .lbl{fill:#374151}.rhx svg .ax{fill:#9ca3af}
.rhx svg .pg:hover .hit,.rhx svg .dc:hover .hit{fill:rgba(37,99,235,.08)}
.rhx svg a:focus .hit{fill:rgba(37,99,235,.15)}
.rhx .text{font:18px/1.75 Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,serif;margin-top:1.75rem;padding-left:2.2rem}
.rhx .para{position:relative;white-space:pre-line;margin:0 0 1.05em}
.rhx .para::before{content:attr(data-n);position:absolute;left:-2.2rem;top:.35em;width:1.6rem;text-align:right;font:11px system-ui,sans-serif;color:#9ca3af}
.rhx .para:target{background:#fffbea;box-shadow:0 0 0 .4rem #fffbea}
.rhx mark{color:inherit;background:var(--bg);box-shadow:inset 0 -2px var(--c);border-radius:2px;padding:0 1px}
.rhx mark.q{background:repeating-linear-gradient(135deg,var(--bg) 0 4px,transparent 4px 7px)}
.rhx mark.sq{text-decoration:underline wavy var(--c);text-underline-offset:4px}
.rhx mark.neg::before{content:"\00AC";color:var(--c);font:700 .8em system-ui,sans-serif;margin-right:1px}
.rhx mark.int::before{content:"\25B2";color:var(--c);font-size:.55em;vertical-align:.6em;margin-right:1px}
.rhx mark.int{box-shadow:inset 0 -3px var(--c)}
.rhx .cont::before{content:none!important}
.rhx [data-role=content]{background-color:rgba(15,118,110,.07);border-bottom:1px dotted var(--att)}
.rhx [data-role=source]{font-weight:650;border-bottom:2px solid var(--att)}
.rhx [data-role=source].anon{border-bottom-style:dashed}
.rhx [data-role=source].anon:not(.cont)::after{content:"anon";font:650 9px/1 system-ui,sans-serif;letter-spacing:.04em;text-transform:uppercase;color:#fff;background:var(--att);border-radius:3px;padding:1px 3px;margin-left:3px;vertical-align:.35em}
.rhx [data-role=speaker]{text-decoration:underline double var(--att)}
.rhx [data-role=cue]:not(.cont)::before{content:attr(data-n);font:650 9px/1 system-ui,sans-serif;color:var(--att);vertical-align:.7em;margin-right:1px}
.rhx .lit{background-color:rgba(15,118,110,.22)!important;outline:1px solid var(--att)}
.rhx [data-tip]{position:relative;cursor:help}
.rhx [data-tip]:focus{outline:2px solid #2563eb;outline-offset:1px}
.rhx [data-tip]:is(:hover,:focus):not(:has([data-tip]:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 5px);z-index:20;width:max-content;max-width:24rem;white-space:pre-line;font:12px/1.45 system-ui,sans-serif;font-style:normal;font-weight:400;text-decoration:none;letter-spacing:0;color:#f9fafb;background:#111827;padding:.45rem .6rem;border-radius:6px;box-shadow:0 8px 24px rgba(0,0,0,.25);pointer-events:none;text-align:left}
.rhx .atts summary{cursor:pointer;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.06em;font-weight:650;margin-top:1.5rem}
.rhx .atts :is(td,th):nth-child(n+3){text-align:left}.rhx .atts td{font-size:.82rem}
.rhx .badge{display:inline-block;font-size:.65rem;text-transform:uppercase;letter-spacing:.04em;background:var(--att);color:#fff;border-radius:3px;padding:0 3px;margin-left:3px}
.rhx .index td a{color:inherit;font-weight:600}
.rhx .doc:has(input[data-toggle=loaded]:not(:checked)) mark.k-loaded,
.rhx .doc:has(input[data-toggle=hedge]:not(:checked)) mark.k-hedge,
.rhx .doc:has(input[data-toggle=booster]:not(:checked)) mark.k-booster,
.rhx .doc:has(input[data-toggle=attribution]:not(:checked)) mark.k-attribution,
.rhx .doc:has(input[data-toggle=extra]:not(:checked)) mark:is(.k-x0,.k-x1,.k-x2,.k-x3){background:none;box-shadow:none;text-decoration:none}
.rhx .doc:has(input[data-toggle=roles]:not(:checked)) [data-role]{background:none;border:0;font-weight:inherit;text-decoration:none}
.rhx .doc:has(input[data-toggle=roles]:not(:checked)) [data-role]::after,.rhx .doc:has(input[data-toggle=roles]:not(:checked)) [data-role]::before{content:none}
@media print{.rhx [data-tip]::after{content:none!important}.rhx .legend input{display:none}}
)css";

// Lights up every part of the attribution under the pointer or focus (progressive: the page reads without it).
constexpr std::string_view kScript = R"js(
document.querySelectorAll('.rhx').forEach(function(root){
if(root.dataset.bound)return;root.dataset.bound='1';
function lit(e,on){var t=e.target.closest&&e.target.closest('[data-attribution]');if(!t)return;var d=t.closest('.doc');
d.querySelectorAll('[data-attribution="'+t.dataset.attribution+'"]').forEach(function(x){x.classList.toggle('lit',on);});}
root.addEventListener('mouseover',function(e){lit(e,true);});root.addEventListener('mouseout',function(e){lit(e,false);});
root.addEventListener('focusin',function(e){lit(e,true);});root.addEventListener('focusout',function(e){lit(e,false);});});
)js";

std::string fixed(double v, int precision) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", precision, v);
  return buf;
}

std::string shortest(float v) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  return std::string(buf, p);
}

std::string escaped(std::string_view s) {
  std::string out;
  append_html_escaped(out, s);
  return out;
}

// At most `max` code points of `s` on one line, with an ellipsis when cut.
std::string excerpt(std::string_view s, std::size_t max) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    decode_utf8(s, i, len);
    if (++n > max) {
      out += "\xE2\x80\xA6";
      break;
    }
    const char c = s[i];
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else out.append(s.data() + i, len);
    i += len;
  }
  return out;
}

// CSS class of a category: the four core ones by name, extras cycle through four palettes.
std::string category_class(CategoryId c, std::string_view name) {
  if (c < 4) return "k-" + std::string(name);
  return "k-x" + std::to_string((c - 4) % 4);
}

// The five chart series: where the framing sits.
struct Series {
  const char* label;
  const char* colour;
  double opacity;
};
constexpr std::array<Series, 5> kSeries = {{{"loaded, author", "#c81e1e", 1.0},
                                            {"loaded, quoted", "#c81e1e", 0.45},
                                            {"hedge", "#1d4ed8", 1.0},
                                            {"booster", "#b45309", 1.0},
                                            {"attribution", "#047857", 1.0}}};

std::array<double, 5> series_values(const Scores& s) {
  const double t = s.tokens ? 100.0 / s.tokens : 0.0;
  return {s.by_category[kLoaded].author_count * t, s.by_category[kLoaded].quoted_count * t,
          s.by_category[kHedge].count * t, s.by_category[kBooster].count * t, s.attributions * t};
}

struct DocWriter {
  std::string& out;
  const Report& r;
  std::string name;
  std::size_t doc;
  CodepointIndex cps;
  std::vector<int> attribution_of_match;

  DocWriter(std::string& o, const Report& report, std::string n, std::size_t d)
      : out(o), r(report), name(std::move(n)), doc(d), cps(report.text()),
        attribution_of_match(report.matches().size(), -1) {
    for (std::size_t i = 0; i < r.attributions().size(); ++i) {
      const auto m = r.attributions()[i].cue_match;
      if (m < attribution_of_match.size()) attribution_of_match[m] = static_cast<int>(i);
    }
  }

  std::string id(std::string_view suffix = {}) const {
    return "rhx-d" + std::to_string(doc) + std::string(suffix);
  }
  void offsets(Span s) {
    out += " data-start=\"" + std::to_string(cps.to_codepoint(s.begin)) + "\" data-end=\"" +
           std::to_string(cps.to_codepoint(s.end)) + "\"";
  }

  void write() {
    const Scores& d = r.document();
    out += "<article class=\"doc\" id=\"" + id() + "\" data-document=\"" + std::to_string(doc) + "\">\n<h1>";
    append_html_escaped(out, name);
    out += "</h1>\n<p class=\"meta\">" + std::to_string(r.paragraphs().size()) + " paragraphs &middot; " +
           std::to_string(r.sentences().size()) + " sentences &middot; " + std::to_string(d.tokens) +
           " word tokens &middot; " + std::to_string(r.matches().size()) + " matches &middot; " +
           std::to_string(r.attributions().size()) + " attributions</p>\n";
    out += "<section class=\"top\">\n<div>\n";
    summary();
    out += "</div>\n";
    legend();
    out += "</section>\n";
    chart();
    out += "<h2>Text</h2>\n<div class=\"text\">\n";
    text();
    out += "</div>\n";
    attributions();
    out += "</article>\n";
  }

  void summary() {
    const Scores& d = r.document();
    auto names = r.category_names();
    out += "<table class=\"summary\"><thead><tr><th>category</th><th>matches</th><th>per 100 tokens</th>"
           "<th>weight</th><th>author voice</th><th>quoted voice</th></tr></thead><tbody>\n";
    for (std::size_t c = 0; c < names.size(); ++c) {
      const CategoryScore& s = d.by_category[c];
      out += "<tr><td><span class=\"sw solid " + category_class(static_cast<CategoryId>(c), names[c]) + "\">";
      append_html_escaped(out, names[c]);
      out += "</span></td><td>" + std::to_string(s.count) + "</td><td>" +
             fixed(d.density(static_cast<CategoryId>(c)), 2) + "</td><td>" + shortest(static_cast<float>(s.weight)) +
             "</td><td>" + std::to_string(s.author_count) + "</td><td>" + std::to_string(s.quoted_count) +
             "</td></tr>\n";
    }
    out += "</tbody></table>\n<dl class=\"facts\">";
    const double per_sentence = r.sentences().empty() ? 0.0 : double(d.attributions) / r.sentences().size();
    auto fact = [&](const char* label, const std::string& value) {
      out += "<div><dt>";
      out += label;
      out += "</dt><dd>" + value + "</dd></div>";
    };
    fact("attribution events", std::to_string(d.attributions));
    fact("attributions per sentence", fixed(per_sentence, 2));
    fact("quoted share of tokens", fixed(100.0 * d.quoted_share(), 1) + "%");
    fact("scare quotes", std::to_string(d.scare_quotes));
    fact("negated boosters", std::to_string(d.negated));
    fact("intensified loaded", std::to_string(d.intensified));
    out += "</dl>\n";
  }

  void legend() {
    auto names = r.category_names();
    out += "<div class=\"legend\"><ul>\n";
    auto toggle = [&](const std::string& key, const std::string& swatch, const std::string& label) {
      out += "<li><label><input type=\"checkbox\" checked data-toggle=\"" + key + "\">" + swatch + " " + label +
             "</label></li>\n";
    };
    for (std::size_t c = 0; c < std::min<std::size_t>(names.size(), 4); ++c) {
      const std::string cls = category_class(static_cast<CategoryId>(c), names[c]);
      toggle(names[c], "<span class=\"sw solid " + cls + "\">" + names[c] + "</span>",
             c == kLoaded ? "<span class=\"sw quoted k-loaded\">quoted</span>" : "");
    }
    if (names.size() > 4) {
      std::string sw;
      for (std::size_t c = 4; c < names.size(); ++c)
        sw += "<span class=\"sw solid " + category_class(static_cast<CategoryId>(c), names[c]) + "\">" +
              escaped(names[c]) + "</span> ";
      toggle("extra", sw, "");
    }
    toggle("roles", "<span class=\"sw att\">source</span> <span class=\"sw cnt\">content</span>",
           "attribution parts");
    out += "</ul>\n<p class=\"hint\">Solid: author&#39;s voice; striped: quoted voice. "
           "&#172; negated booster (counts as hedge), &#9650; intensified, wavy underline: scare quote, "
           "<span class=\"badge\">anon</span> anonymous source. Hover or tab to a highlight for its entry, "
           "tags, weight and rule.</p></div>\n";
  }

  void chart() {
    const auto paras = r.paragraphs();
    const std::size_t n = std::max<std::size_t>(paras.size(), 1);
    constexpr double W = 760, left = 112, right = 64, laneH = 30, gap = 7, top = 6;
    const double plotW = W - left - right, colW = plotW / n;
    const double H = top + kSeries.size() * (laneH + gap) + 18;
    std::array<double, 5> maxv{};
    std::vector<std::array<double, 5>> values;
    for (const Paragraph& p : paras) {
      values.push_back(series_values(p.scores));
      for (std::size_t s = 0; s < 5; ++s) maxv[s] = std::max(maxv[s], values.back()[s]);
    }
    out += "<h2>Where the framing sits</h2>\n<figure class=\"chart\"><svg viewBox=\"0 0 " + fixed(W, 0) + " " +
           fixed(H, 0) + "\" role=\"img\" aria-label=\"Per-paragraph densities of loaded language, hedges, boosters "
           "and attributions\">\n";
    for (std::size_t s = 0; s < kSeries.size(); ++s) {
      const double y = top + s * (laneH + gap);
      out += "<rect class=\"lane\" x=\"" + fixed(left, 0) + "\" y=\"" + fixed(y, 1) + "\" width=\"" +
             fixed(plotW, 1) + "\" height=\"" + fixed(laneH, 0) + "\" rx=\"3\"/>";
      out += "<text class=\"lbl\" x=\"" + fixed(left - 8, 0) + "\" y=\"" + fixed(y + laneH / 2 + 4, 1) +
             "\" text-anchor=\"end\">" + kSeries[s].label + "</text>";
      out += "<text class=\"ax\" x=\"" + fixed(left + plotW + 6, 0) + "\" y=\"" + fixed(y + 10, 1) + "\">max " +
             fixed(maxv[s], 1) + "</text>\n";
    }
    const double barW = std::max(1.0, std::min(colW * 0.7, 28.0));
    for (std::size_t i = 0; i < paras.size(); ++i) {
      const double x = left + i * colW;
      out += "<g class=\"pg\" data-paragraph=\"" + std::to_string(i) + "\"><a href=\"#" + id("-p" + std::to_string(i)) +
             "\"><title>paragraph " + std::to_string(i + 1) + " (" + std::to_string(paras[i].scores.tokens) +
             " tokens), per 100 tokens";
      for (std::size_t s = 0; s < 5; ++s)
        out += std::string("&#10;") + kSeries[s].label + ": " + fixed(values[i][s], 2);
      out += "</title><rect class=\"hit\" x=\"" + fixed(x, 2) + "\" y=\"" + fixed(top, 0) + "\" width=\"" +
             fixed(colW, 2) + "\" height=\"" + fixed(kSeries.size() * (laneH + gap) - gap, 0) +
             "\" fill=\"transparent\"/>";
      for (std::size_t s = 0; s < 5; ++s) {
        if (values[i][s] <= 0 || maxv[s] <= 0) continue;
        const double h = std::max(1.5, (laneH - 3) * values[i][s] / maxv[s]);
        const double y = top + s * (laneH + gap) + laneH - h;
        out += "<rect x=\"" + fixed(x + (colW - barW) / 2, 2) + "\" y=\"" + fixed(y, 2) + "\" width=\"" +
               fixed(barW, 2) + "\" height=\"" + fixed(h, 2) + "\" fill=\"" + kSeries[s].colour + "\"";
        if (kSeries[s].opacity < 1) out += " fill-opacity=\"" + fixed(kSeries[s].opacity, 2) + "\"";
        out += "/>";
      }
      out += "</a></g>\n";
    }
    // Paragraph numbers: about a dozen ticks whatever the length.
    const std::size_t step = std::max<std::size_t>(1, (paras.size() + 11) / 12);
    for (std::size_t i = 0; i < paras.size(); i += step)
      out += "<text class=\"ax\" x=\"" + fixed(left + (i + 0.5) * colW, 1) + "\" y=\"" + fixed(H - 4, 0) +
             "\" text-anchor=\"middle\">" + std::to_string(i + 1) + "</text>";
    out += "\n</svg><figcaption>Matches per 100 word tokens in each paragraph (1 to " +
           std::to_string(paras.size()) +
           "); each lane has its own scale. Click a column to jump to its paragraph.</figcaption></figure>\n";
  }

  // ---- the text: one element per span, nested where possible, split where spans cross.
  enum Kind : std::uint8_t { kPara, kContent, kSpeaker, kSource, kCue, kMatch };
  struct Item {
    std::uint32_t begin, end;
    Kind kind;
    std::uint32_t index;
  };

  void open(const Item& it, bool cont) {
    const std::string c = cont ? " cont" : "";
    if (it.kind == kPara) {
      out += "<p class=\"para\" id=\"" + id("-p" + std::to_string(it.index)) + "\" data-paragraph=\"" +
             std::to_string(it.index) + "\" data-n=\"" + std::to_string(it.index + 1) + "\"";
      offsets(r.paragraphs()[it.index].span);
      out += ">";
      return;
    }
    if (it.kind == kMatch) {
      const Match& m = r.matches()[it.index];
      out += "<mark class=\"" + category_class(m.category, m.category_name);
      if (m.voice == Voice::quoted) out += " q";
      if (m.scare_quote) out += " sq";
      if (m.negated) out += " neg";
      if (m.intensified) out += " int";
      out += c + "\" data-category=\"" + escaped(m.category_name) + "\"";
      offsets(m.span);
      out += " data-match=\"" + std::to_string(it.index) + "\"";
      if (!cont) {
        out += " tabindex=\"0\" data-tip=\"";
        append_html_escaped(out, tip(it.index));
        out += "\"";
      }
      out += ">";
      return;
    }
    const Attribution& a = r.attributions()[it.index];
    static constexpr std::array<const char*, 5> role = {"", "content", "speaker", "source", "cue"};
    out += "<span class=\"ar";
    if (it.kind == kSource && a.anonymous) out += " anon";
    out += c + "\" data-role=\"" + role[it.kind] + "\" data-attribution=\"" + std::to_string(it.index) + "\"";
    if (it.kind == kSource) out += a.anonymous ? " data-anonymous=\"true\"" : " data-anonymous=\"false\"";
    if (it.kind == kCue) out += " data-n=\"" + std::to_string(it.index + 1) + "\"";
    offsets(Span{it.begin, it.end});
    out += ">";
  }
  void close(const Item& it) { out += it.kind == kPara ? "</p>\n" : it.kind == kMatch ? "</mark>" : "</span>"; }

  std::string quoted(Span s) const { return "\xE2\x80\x9C" + excerpt(r.text(s), 60) + "\xE2\x80\x9D"; }

  // Tooltip: entry, tags, weight, the rule that applied, and for a cue its attribution.
  std::string tip(std::uint32_t i) const {
    const Match& m = r.matches()[i];
    std::string t = std::string(m.category_name) + " \xC2\xB7 " + std::string(to_string(m.voice)) + " voice\n";
    if (m.entry) {
      t += "entry: " + m.entry->pattern + "\n";
      if (!m.entry->tags.empty()) {
        t += "tags:";
        for (const auto& tag : m.entry->tags) t += " #" + tag;
        t += "\n";
      }
    }
    t += "weight: " + shortest(m.weight) + "\nrule: ";
    if (!m.entry) t += "a colon introducing a quotation (rule-made cue)";
    else if (m.negated) t += "booster after a negator, counted as a hedge";
    else if (m.intensified) t += "after an intensifier: weight raised";
    else t += "lexicon entry";
    if (m.scare_quote) t += "; inside a scare quote";
    if (m.voice == Voice::quoted) t += "; inside quotation marks";
    if (m.entry && !m.entry->origin.empty()) t += "\nfrom: " + m.entry->origin;
    if (const int ai = attribution_of_match[i]; ai >= 0) {
      const Attribution& a = r.attributions()[ai];
      t += "\nattribution " + std::to_string(ai + 1) + ": source " + (a.source ? quoted(*a.source) : "not found");
      if (a.anonymous) t += " (anonymous)";
      if (a.speaker && a.speaker != a.source)
        t += "\nspeaker: " + quoted(*a.speaker);
      if (a.nested) t += "\nnested: the cue is inside a quotation";
    }
    return t;
  }

  void text() {
    std::vector<Item> items;
    for (std::size_t i = 0; i < r.paragraphs().size(); ++i) {
      const Span s = r.paragraphs()[i].span;
      items.push_back({static_cast<std::uint32_t>(s.begin), static_cast<std::uint32_t>(s.end), kPara,
                       static_cast<std::uint32_t>(i)});
    }
    auto add = [&](Span s, Kind k, std::size_t i) {
      if (s.end > s.begin)
        items.push_back({static_cast<std::uint32_t>(s.begin), static_cast<std::uint32_t>(s.end), k,
                         static_cast<std::uint32_t>(i)});
    };
    for (std::size_t i = 0; i < r.attributions().size(); ++i) {
      const Attribution& a = r.attributions()[i];
      add(a.cue, kCue, i);
      if (a.source) add(*a.source, kSource, i);
      if (a.speaker && a.speaker != a.source)
        add(*a.speaker, kSpeaker, i);
      if (!a.contents.empty())
        for (const Span& s : a.contents) add(s, kContent, i);
      else if (a.content)
        add(*a.content, kContent, i);
    }
    for (std::size_t i = 0; i < r.matches().size(); ++i) add(r.matches()[i].span, kMatch, i);
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      if (a.end != b.end) return a.end > b.end;
      return a.kind < b.kind;
    });
    std::vector<std::uint32_t> points;
    for (const Item& it : items) {
      points.push_back(it.begin);
      points.push_back(it.end);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());

    const std::string_view text = r.text();
    std::vector<std::size_t> stack, reopen;
    std::size_t next = 0, pos = 0;
    for (const std::uint32_t p : points) {
      if (!stack.empty()) append_html_escaped(out, text.substr(pos, p - pos));
      auto first_ending = std::find_if(stack.begin(), stack.end(), [&](std::size_t i) { return items[i].end == p; });
      if (first_ending != stack.end()) {
        const std::size_t keep = static_cast<std::size_t>(first_ending - stack.begin());
        reopen.clear();
        while (stack.size() > keep) {
          close(items[stack.back()]);
          if (items[stack.back()].end > p) reopen.push_back(stack.back());
          stack.pop_back();
        }
        for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
          open(items[*it], true);
          stack.push_back(*it);
        }
      }
      for (; next < items.size() && items[next].begin == p; ++next) {
        open(items[next], false);
        stack.push_back(next);
      }
      pos = p;
    }
  }

  void attributions() {
    const auto atts = r.attributions();
    if (atts.empty()) return;
    out += std::string("<details class=\"atts\"") + (atts.size() <= 25 ? " open" : "") + "><summary>" +
           std::to_string(atts.size()) + " attributions</summary>\n<table><thead><tr><th>#</th><th>&#182;</th>"
           "<th>source</th><th>speaker</th><th>cue</th><th>content</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < atts.size(); ++i) {
      const Attribution& a = atts[i];
      out += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + std::to_string(a.paragraph + 1) + "</td><td>" +
             (a.source ? escaped(excerpt(r.text(*a.source), 60)) : "&#8212;");
      if (a.anonymous) out += "<span class=\"badge\">anon</span>";
      if (a.nested) out += "<span class=\"badge\">nested</span>";
      out += "</td><td>" + (a.speaker ? escaped(excerpt(r.text(*a.speaker), 40)) : "") + "</td><td>" +
             escaped(excerpt(r.text(a.cue), 30)) + "</td><td>";
      std::string content;
      for (const Span& s : a.contents) content += (content.empty() ? "" : " \xE2\x80\xA6 ") + excerpt(r.text(s), 120);
      if (content.empty() && a.content) content = excerpt(r.text(*a.content), 160);
      out += content.empty() ? "&#8212;" : escaped(content);
      out += "</td></tr>\n";
    }
    out += "</tbody></table></details>\n";
  }
};

// The index of a multi-document page: profiles, and the same five series side by side.
void write_index(std::string& out, std::span<const NamedReport> docs, const std::string& title) {
  out += "<section class=\"index\">\n<h1>";
  append_html_escaped(out, title);
  out += "</h1>\n<p class=\"meta\">" + std::to_string(docs.size()) + " documents</p>\n<h2>Profiles</h2>\n"
         "<table class=\"profiles\"><thead><tr><th>document</th><th>tokens</th><th>loaded, author</th>"
         "<th>loaded, quoted</th><th>hedge</th><th>booster</th><th>attribution</th><th>quoted share</th></tr>"
         "</thead><tbody>\n";
  std::array<double, 5> maxv{};
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Scores& s = docs[i].report->document();
    const auto v = series_values(s);
    for (std::size_t k = 0; k < 5; ++k) maxv[k] = std::max(maxv[k], v[k]);
    out += "<tr><td><a href=\"#rhx-d" + std::to_string(i) + "\">" + escaped(docs[i].name) + "</a></td><td>" +
           std::to_string(s.tokens) + "</td>";
    for (double x : v) out += "<td>" + fixed(x, 2) + "</td>";
    out += "<td>" + fixed(100.0 * s.quoted_share(), 1) + "%</td></tr>\n";
  }
  out += "</tbody></table>\n<p class=\"meta\">Matches (attribution: events) per 100 word tokens.</p>\n";
  constexpr double W = 760, nameW = 150, rowH = 20, head = 22;
  const double panelW = (W - nameW) / 5;
  const double H = head + docs.size() * rowH + 6;
  out += "<h2>Comparison</h2>\n<figure class=\"compare\"><svg viewBox=\"0 0 " + fixed(W, 0) + " " + fixed(H, 0) +
         "\" role=\"img\" aria-label=\"Densities per document\">\n";
  for (std::size_t k = 0; k < 5; ++k)
    out += "<text class=\"lbl\" x=\"" + fixed(nameW + k * panelW, 1) + "\" y=\"14\">" + kSeries[k].label + "</text>";
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto v = series_values(docs[i].report->document());
    const double y = head + i * rowH;
    out += "\n<g class=\"dc\" data-document=\"" + std::to_string(i) + "\"><a href=\"#rhx-d" + std::to_string(i) +
           "\"><title>" + escaped(docs[i].name) + "</title><rect class=\"hit\" x=\"0\" y=\"" + fixed(y, 1) +
           "\" width=\"" + fixed(W, 0) + "\" height=\"" + fixed(rowH, 0) + "\" fill=\"transparent\"/>";
    out += "<text class=\"lbl\" x=\"0\" y=\"" + fixed(y + 14, 1) + "\">" + escaped(excerpt(docs[i].name, 22)) +
           "</text>";
    for (std::size_t k = 0; k < 5; ++k) {
      const double x = nameW + k * panelW, maxW = panelW - 42;
      const double w = maxv[k] > 0 ? maxW * v[k] / maxv[k] : 0;
      out += "<rect class=\"lane\" x=\"" + fixed(x, 1) + "\" y=\"" + fixed(y + 4, 1) + "\" width=\"" + fixed(maxW, 1) +
             "\" height=\"12\" rx=\"2\"/>";
      if (w > 0)
        out += "<rect x=\"" + fixed(x, 1) + "\" y=\"" + fixed(y + 4, 1) + "\" width=\"" + fixed(std::max(w, 1.5), 1) +
               "\" height=\"12\" rx=\"2\" fill=\"" + kSeries[k].colour + "\"" +
               (kSeries[k].opacity < 1 ? " fill-opacity=\"" + fixed(kSeries[k].opacity, 2) + "\"" : "") + "/>";
      out += "<text class=\"ax\" x=\"" + fixed(x + maxW + 4, 1) + "\" y=\"" + fixed(y + 14, 1) + "\">" +
             fixed(v[k], 2) + "</text>";
    }
    out += "</a></g>";
  }
  out += "\n</svg><figcaption>Each panel has its own scale. Click a row to jump to the document.</figcaption>"
         "</figure>\n</section>\n";
}

}  // namespace

std::string to_html(std::span<const NamedReport> docs, const HtmlOptions& options) {
  std::string title = options.title;
  if (title.empty()) title = docs.size() == 1 && !docs[0].name.empty() ? docs[0].name : "rhetor report";
  std::string out;
  std::size_t text_bytes = 0;
  for (const auto& d : docs) text_bytes += d.report->text().size();
  out.reserve(16384 + text_bytes * 3);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-" +
         sha256_base64(kCss) + "'; script-src " + (options.script ? "'sha256-" + sha256_base64(kScript) + "'" : "'none'") +
         "; img-src data:; base-uri 'none'; form-action 'none'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"rhetor " +
         std::string(version_string) + "\">\n<title>";
  append_html_escaped(out, title);
  out += "</title>\n<style>" + std::string(kCss) + "</style>\n</head>\n<body>\n<div class=\"rhx\">\n";
  if (docs.size() > 1) write_index(out, docs, title);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    DocWriter w(out, *docs[i].report, docs[i].name.empty() ? title : docs[i].name, i);
    w.write();
  }
  out += "<p class=\"meta\">Made by rhetor " + std::string(version_string) +
         ". Offsets in data-start/data-end are code points, as in the JSON.</p>\n</div>\n";
  if (options.script) out += "<script>" + std::string(kScript) + "</script>\n";
  out += "</body>\n</html>\n";
  return out;
}

std::string to_html(const Report& report, const HtmlOptions& options) {
  const NamedReport doc{options.title, &report};
  return to_html(std::span<const NamedReport>(&doc, 1), options);
}

}  // namespace rhetor
