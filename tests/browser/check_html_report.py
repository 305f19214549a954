#!/usr/bin/python3
"""The HTML report (grantkpi report) opened in headless Chromium.

Usage: check_html_report.py CHECK GRANTKPI_BINARY SOURCE_DIR WORK_DIR

CHECK is one of
  seed_dom        the seed's page renders with its figures, every project, one chart per KPI
                  with its plan series (the count of plan cells of each KPI)
  script_escaped  a project named <script>... renders as text: no script element, no effect
  no_network      no request leaves the file: the seed's page makes none, while a page with
                  an external image, stylesheet and font is caught by both the static scan
                  and the proxy (the check proves it can fail)
  screenshot      the seed's page as a PNG, not blank: pixels of the chart colours inside
                  the first chart's box (the box measured in the same browser); the PNG is
                  compared with the README's docs/images/sapporo_fy2022.png (size, non-blank)
  print_a4        the seed's page printed to PDF by Chromium: A4 pages, fewer pages than
                  KPIs, and every KPI figure and card styled break-inside: avoid (the
                  computed style, measured in the browser), so that no chart is cut in half
  collection_50   a 50-report collection (tests/output/html/corpus, written by the unit
                  tests) renders: summary, 50 report sections, one chart per KPI

Exit status 77 (CTest SKIP_RETURN_CODE) when Chromium is absent: skipped, never passed.
Standard library only (the PNG is decoded with zlib).
"""

from html.parser import HTMLParser
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ElementTree
import zlib

SKIP = 77

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-default-browser-check",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-breakpad",
    "--metrics-recording-only",
    "--no-pings",
    "--hide-scrollbars",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,"
    "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
    # Chromium's own background fetches (component updates, sign-in) go to closed ports, so
    # that every request the proxy sees comes from the page.
    "--component-updater=url-source=http://127.0.0.1:9/",
    "--gaia-url=http://127.0.0.1:9/",
]


def find_chromium():
    override = os.environ.get("GRANTKPI_CHROMIUM")
    if override:
        return override if os.path.exists(override) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Proxy:
    """A proxy that answers nothing: it records the first line of every request made to it.

    Chromium is told to send every request (loopback included) through it, so a page that
    fetches anything over the network shows up here, whether it resolves or not.
    """

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.requests = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(2)
            try:
                data = conn.recv(4096)
            except OSError:
                data = b""
            self.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1") or "(connection)")
            conn.close()

    def close(self):
        self.sock.close()


def chromium(browser, url, *extra, proxy=None, timeout=240):
    with tempfile.TemporaryDirectory() as profile:
        args = [browser, *CHROMIUM_FLAGS, "--user-data-dir=" + profile, *extra]
        if proxy is not None:
            args += ["--proxy-server=http://127.0.0.1:%d" % proxy.port,
                     "--proxy-bypass-list=<-loopback>"]
        args.append(url)
        result = subprocess.run(args, capture_output=True, timeout=timeout)
    return result


def probe_dom(browser, page, work, script, **kwargs):
    """The DOM of `page` with `script` run at the end of its body (a probe that writes what it
    measures into an attribute), rendered from a copy in `work`."""
    with open(page, encoding="utf-8") as f:
        html = f.read()
    probe_page = os.path.join(work, "seed-probe.html")
    with open(probe_page, "w", encoding="utf-8") as f:
        f.write(html.replace("</body>", "<script>" + script + "</script></body>"))
    return dump_dom(browser, probe_page, **kwargs)


def dump_dom(browser, path, proxy=None, window="1280,1800"):
    result = chromium(browser, "file://" + os.path.abspath(path), "--window-size=" + window,
                      "--dump-dom", proxy=proxy)
    dom = result.stdout.decode("utf-8", "replace")
    if result.returncode != 0 or "<html" not in dom:
        fail("Chromium could not render %s (exit %d): %s" %
             (path, result.returncode, result.stderr.decode("utf-8", "replace")[-2000:]))
    return dom


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def seed_page(binary, source, work):
    """The seed report's page (examples/data/sapporo_fy2022.txt, 札幌市), written to
    `work`/seed.html; returns its path."""
    page = os.path.join(work, "seed.html")
    run_report(binary, [os.path.join(source, "examples", "data", "sapporo_fy2022.txt")], page,
               "--municipality", "札幌市")
    return page


def run_report(binary, inputs, out, *options):
    result = subprocess.run([binary, "report", *inputs, "-o", out, *options], capture_output=True,
                            text=True, timeout=600)
    if result.returncode != 0:
        fail("grantkpi report %s: exit %d: %s" % (inputs, result.returncode, result.stderr))


# References that would leave the file: a scheme or // in src/href/srcset/poster/data,
# url() and @import in CSS.
EXTERNAL = re.compile(
    r"""(?:\b(?:src|href|srcset|poster|data|action|formaction|xlink:href)\s*=\s*["']?\s*"""
    r"""(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//))|url\(\s*["']?\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)|"""
    r"""@import|<script|<link\b|<iframe|<object|<embed""", re.IGNORECASE)


def external_references(html):
    found = []
    for m in EXTERNAL.finditer(html):
        text = m.group(0)
        # In-document references (#id) and data: URIs do not leave the file.
        if re.search(r"data:$", text, re.IGNORECASE):
            continue
        found.append(html[max(0, m.start() - 20):m.end() + 40])
    return found


class TagBalance(HTMLParser):
    """Every element the writer opens it closes, in order (void elements and <x/> aside)."""

    VOID = {"meta", "br", "img", "hr", "input", "link", "col", "wbr", "source", "area", "base"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.elements = 0

    def handle_starttag(self, tag, attrs):
        self.elements += 1
        if tag not in self.VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.elements += 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append("</%s> at %s closes %s" %
                               (tag, self.getpos(), self.stack[-1] if self.stack else "nothing"))
            return
        self.stack.pop()


def check_well_formed(page_html):
    parser = TagBalance()
    parser.feed(page_html)
    parser.close()
    if parser.errors or parser.stack:
        fail("the markup is not balanced: %s %s" % (parser.errors[:3], parser.stack[-3:]))
    return parser.elements


def seed_model(source):
    with open(os.path.join(source, "examples", "data", "sapporo_fy2022.json"),
              encoding="utf-8") as f:
        return json.load(f)


def kpis_of(report):
    for round_ in report["rounds"]:
        for project in round_["projects"]:
            for kpi in project["kpis"]:
                yield project, kpi


def check_charts(dom, reports):
    charts = re.findall(r'<svg class="kpi-chart".*?</svg>', dom, re.S)
    expected = [(project["name"], kpi) for report in reports for project, kpi in kpis_of(report)]
    if len(charts) != len(expected):
        fail("%d charts for %d KPIs" % (len(charts), len(expected)))
    for svg, (name, kpi) in zip(charts, expected):
        m = re.search(r'<g class="series-plan" data-points="(\d+)"', svg)
        if not m:
            fail("a chart of %s has no plan series" % name)
        if int(m.group(1)) != count_values(kpi["plan"]):
            fail("%s KPI %s: %s plan points, the model has %d" %
                 (name, kpi["number"], m.group(1), count_values(kpi["plan"])))
        if svg.count('class="plan-point"') != count_values(kpi["plan"]):
            fail("%s KPI %s: plan markers differ from the plan cells" % (name, kpi["number"]))
        if "<title" not in svg or "<desc" not in svg:
            fail("%s KPI %s: the chart has no title/desc" % (name, kpi["number"]))
    return len(charts)


def count_values(series):
    """The cells with a value in a JSON plan/actual row ({"2019": 150, "2020": null, ...})."""
    if isinstance(series, dict):
        return sum(1 for v in series.values() if v is not None)
    return sum(1 for v in series if v is not None)


def check_seed_dom(browser, binary, source, work):
    page = seed_page(binary, source, work)
    with open(page, encoding="utf-8") as f:
        page_html = f.read()
    elements = check_well_formed(page_html)
    # Each chart is well-formed XML too (write_kpi_chart_svg's output stands alone as an
    # .svg file with its xmlns).
    for svg in re.findall(r"<svg .*?</svg>", page_html, re.S):
        try:
            ElementTree.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))
        except ElementTree.ParseError as e:
            fail("a chart is not well-formed XML: %s" % e)
    dom = dump_dom(browser, page)
    # The headline: KPIs met, confirmed of judged, 4 of 7 (57.1%, 0.5714).
    for figure in ("57.1%<small>4 / 7</small>", "判定できた7件中4件が達成（0.5714）",
                   "見込を含むと 10件中7件（70.0%）", "94,004<small>千円</small>",
                   "71,349<small>千円</small>", "非常に効果的", "効果がなかった"):
        if figure not in dom:
            fail("the rendered seed page lacks %r" % figure)
    model = seed_model(source)
    for round_ in model["rounds"]:
        for project in round_["projects"]:
            if project["name"] + "</h3>" not in dom:
                fail("project %r is not in the rendered page" % project["name"])
    charts = check_charts(dom, [model])
    tables = dom.count('<table class="data">')
    if tables != charts:
        fail("%d data tables for %d charts" % (tables, charts))
    print("seed: %d balanced elements; 4 of 7 (57.1%%), %d projects, %d charts with their plan "
          "series, %d tables" % (elements, sum(len(r["projects"]) for r in model["rounds"]),
                                 charts, tables))


def check_script_escaped(browser, binary, source, work):
    model = seed_model(source)
    name = '<script>document.title="pwned";document.body.setAttribute("data-pwned","1")' \
           '</script><img src=x onerror="document.title=\'pwned\'">事業'
    model["rounds"][0]["projects"][0]["name"] = name
    path = os.path.join(work, "hostile.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False)
    page = os.path.join(work, "hostile.html")
    run_report(binary, [path], page)
    with open(page, encoding="utf-8") as f:
        html = f.read()
    if "<script" in html or "<img" in html:
        fail("the page holds a raw <script> or <img>")
    dom = dump_dom(browser, page)
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    if "pwned" in title or re.search(r"<body[^>]*data-pwned", dom):
        fail("the project name ran as a script")
    if "<script" in dom or "<img" in dom:
        fail("the DOM has a script or img element")
    if "&lt;script&gt;document.title" not in dom:
        fail("the project name is not shown as text")
    print("a project named <script>... renders as text")


def check_no_network(browser, binary, source, work):
    page = seed_page(binary, source, work)
    with open(page, encoding="utf-8") as f:
        html = f.read()
    found = external_references(html)
    if found:
        fail("the page refers outside the file: %s" % found[:3])
    proxy = Proxy()
    try:
        dump_dom(browser, page, proxy=proxy)
        clean = list(proxy.requests)
        # The negative control: the same page with an image, a stylesheet and a font from
        # outside. Both checks must catch it, or they prove nothing.
        bad = html.replace(
            "</style>",
            "@font-face { font-family: X; src: url(https://fonts.example.test/x.woff2); }\n"
            "body { font-family: X; }</style>"
            '<link rel="stylesheet" href="https://cdn.example.test/style.css">', 1).replace(
            "<main>", '<main><img src="http://images.example.test/logo.png" alt="">', 1)
        # A protocol-relative URL resolves to file:// here, but to the network on a web
        # server: the static scan must catch it too.
        bad_static = bad.replace("<main>", '<main><img src="//images.example.test/x.png">', 1)
        if not any("//images.example.test/x.png" in r for r in external_references(bad_static)):
            fail("the static scan misses a protocol-relative URL")
        bad_page = os.path.join(work, "external.html")
        with open(bad_page, "w", encoding="utf-8") as f:
            f.write(bad)
        if len(external_references(bad)) < 3:
            fail("the static scan misses the control page's references: %s" %
                 external_references(bad))
        dump_dom(browser, bad_page, proxy=proxy)
        caught = proxy.requests[len(clean):]
    finally:
        proxy.close()
    if clean:
        fail("the seed's page made requests: %s" % clean)
    wanted = ["images.example.test", "cdn.example.test", "fonts.example.test"]
    missing = [host for host in wanted if not any(host in r for r in caught)]
    if missing:
        fail("the proxy did not see the control page's requests to %s (saw %s)" %
             (missing, caught))
    print("no request from the seed's page; the control page's %d requests were caught: %s" %
          (len(caught), caught))


def read_png(path):
    """(width, height, rows of RGB(A) pixel tuples) of an 8-bit PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("%s is not a PNG" % path)
    pos = 8
    idat = b""
    width = height = None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                fail("unexpected PNG format: depth %d colour %d" % (depth, colour))
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows = []
    previous = bytearray(stride)
    i = 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


SCREENSHOT_WINDOW = (1280, 1600)


def check_screenshot(browser, binary, source, work):
    page = seed_page(binary, source, work)
    png = os.path.join(work, "sapporo_fy2022.png")
    if os.path.exists(png):
        os.remove(png)
    width, height = SCREENSHOT_WINDOW
    result = chromium(browser, "file://" + os.path.abspath(page),
                      "--window-size=%d,%d" % (width, height), "--screenshot=" + png)
    if not os.path.exists(png):
        fail("no screenshot: %s" % result.stderr.decode("utf-8", "replace")[-2000:])
    w, h, channels, rows = read_png(png)
    if (w, h) != (width, height):
        fail("screenshot is %dx%d, not %dx%d" % (w, h, width, height))

    # Where the first chart is: the same page with a probe script that writes the chart's
    # box into the DOM, rendered at the same window size.
    dom = probe_dom(browser, page, work,
                    "const r = document.querySelector('svg.kpi-chart').getBoundingClientRect(); "
                    "document.body.setAttribute('data-box', "
                    "[r.left, r.top, r.width, r.height].map(Math.round).join(','));",
                    window="%d,%d" % (width, height))
    m = re.search(r'data-box="(\d+),(\d+),(\d+),(\d+)"', dom)
    if not m:
        fail("the probe did not measure the first chart")
    left, top, box_w, box_h = map(int, m.groups())
    if box_w < 300 or box_h < 150 or top + box_h > h or left + box_w > w:
        fail("the first chart's box %s is not within the screenshot" % (m.groups(),))

    background = tuple(rows[0][:3])  # the page header's colour is not the chart's
    counts = {"ink": 0, "actual": 0, "plan": 0}
    greys = {"actual": 0.0, "plan": 0.0}
    total = 0
    for y in range(top, top + box_h):
        row = rows[y]
        for x in range(left, left + box_w):
            r, g, b = row[x * channels:x * channels + 3]
            total += 1
            if (r, g, b) != (255, 255, 255):
                counts["ink"] += 1
            grey = 0.2126 * r + 0.7152 * g + 0.0722 * b
            if abs(r - 0x3D) < 24 and abs(g - 0x7F) < 24 and abs(b - 0xC9) < 24:
                counts["actual"] += 1
                greys["actual"] += grey
            if abs(r - 0x8F) < 30 and abs(g - 0x2D) < 30 and abs(b - 0x0C) < 30:
                counts["plan"] += 1
                greys["plan"] += grey
    share = counts["ink"] / total
    if share < 0.05 or counts["actual"] < 2000 or counts["plan"] < 200:
        fail("the first chart looks blank: %.1f%% ink, %d bar pixels, %d plan-line pixels" %
             (100 * share, counts["actual"], counts["plan"]))
    # In greyscale the bars and the plan line still differ (besides their shapes).
    grey_bar = greys["actual"] / counts["actual"]
    grey_plan = greys["plan"] / counts["plan"]
    if abs(grey_bar - grey_plan) < 40:
        fail("bars (grey %.0f) and plan line (grey %.0f) look alike in greyscale" %
             (grey_bar, grey_plan))
    readme = os.path.join(source, "docs", "images", "sapporo_fy2022.png")
    if os.path.exists(readme):
        rw, rh, _, _ = read_png(readme)
        if (rw, rh) != (w, h):
            fail("docs/images/sapporo_fy2022.png is %dx%d, the suite's screenshot %dx%d: "
                 "regenerate it (cmake --build BUILD --target grantkpi_readme_screenshot)" %
                 (rw, rh, w, h))
    print("screenshot %s %dx%d (header colour %s); first chart at %s: %.1f%% ink, %d bar and "
          "%d plan-line pixels, grey %.0f and %.0f" %
          (png, w, h, background, m.groups(), 100 * share, counts["actual"], counts["plan"],
           grey_bar, grey_plan))


def check_print_a4(browser, binary, source, work):
    page = seed_page(binary, source, work)
    pdf = os.path.join(work, "seed.pdf")
    if os.path.exists(pdf):
        os.remove(pdf)
    result = chromium(browser, "file://" + os.path.abspath(page), "--no-pdf-header-footer",
                      "--print-to-pdf=" + pdf)
    if not os.path.exists(pdf):
        fail("no PDF: %s" % result.stderr.decode("utf-8", "replace")[-2000:])
    with open(pdf, "rb") as f:
        data = f.read()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]",
                       data)
    if not boxes or pages == 0:
        fail("the PDF has no pages")
    for box in boxes:
        x0, y0, x1, y1 = map(float, box)
        # A4 is 210 x 297 mm: 595.3 x 841.9 points.
        if abs((x1 - x0) - 595.3) > 2 or abs((y1 - y0) - 841.9) > 2:
            fail("a page is %.1f x %.1f points, not A4" % (x1 - x0, y1 - y0))
    kpis = sum(1 for _ in kpis_of(seed_model(source)))
    if not 3 <= pages < kpis:
        fail("%d printed pages for %d KPIs" % (pages, kpis))
    dom = probe_dom(browser, page, work,
                    "const all = [...document.querySelectorAll('figure.kpi, .card')]; "
                    "document.body.setAttribute('data-avoid', "
                    "all.filter(e => getComputedStyle(e).breakInside === 'avoid').length + "
                    "'/' + all.length);")
    m = re.search(r'data-avoid="(\d+)/(\d+)"', dom)
    if not m or m.group(1) != m.group(2) or int(m.group(2)) != kpis + 4:
        fail("break-inside: avoid applies to %s of the KPI figures and cards (%d KPIs + 4 "
             "cards)" % (m.groups() if m else "none", kpis))
    print("printed on %d A4 pages; break-inside: avoid on all %s KPI figures and cards" %
          (pages, m.group(2)))


def check_collection_50(browser, binary, source, work):
    corpus = os.path.join(work, "corpus")
    files = sorted(f for f in os.listdir(corpus) if f.endswith(".json")) if os.path.isdir(
        corpus) else []
    if len(files) != 50:
        fail("%s holds %d reports, not 50 (the unit tests write them)" % (corpus, len(files)))
    reports = []
    for name in files:
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            reports.append(json.load(f))
    page = os.path.join(work, "corpus50.html")
    run_report(binary, [corpus], page)
    with open(page, encoding="utf-8") as f:
        html = f.read()
    found = external_references(html)
    if found:
        fail("the collection page refers outside the file: %s" % found[:3])
    check_well_formed(html)
    proxy = Proxy()
    try:
        dom = dump_dom(browser, page, proxy=proxy)
    finally:
        proxy.close()
    if proxy.requests:
        fail("the collection page made requests: %s" % proxy.requests)
    if "<title>50件の報告書 KPI評価</title>" not in dom or "全体の集計" not in dom:
        fail("the collection summary is missing")
    sections = dom.count('<section class="report"')
    if sections != 50:
        fail("%d report sections, not 50" % sections)
    for i, name in enumerate(files):
        if name not in dom:
            fail("report %s is not named" % name)
    charts = check_charts(dom, reports)
    print("50 reports: %d KPI charts, %.1f MB of HTML" % (charts, len(html.encode()) / 1e6))


CHECKS = {
    "seed_dom": check_seed_dom,
    "script_escaped": check_script_escaped,
    "no_network": check_no_network,
    "screenshot": check_screenshot,
    "print_a4": check_print_a4,
    "collection_50": check_collection_50,
}


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in CHECKS:
        print(__doc__)
        return 2
    check, binary, source, work = sys.argv[1:]
    browser = find_chromium()
    if browser is None:
        print("SKIPPED: Chromium is not installed (scripts/setup.sh installs it)")
        return SKIP
    # Each check works in a folder of its own; the collection reads the corpus beside them.
    sub = work if check == "collection_50" else os.path.join(work, check)
    os.makedirs(sub, exist_ok=True)
    CHECKS[check](browser, binary, source, sub)
    return 0


if __name__ == "__main__":
    sys.exit(main())
