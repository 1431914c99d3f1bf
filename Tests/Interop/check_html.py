#!/usr/bin/env python3
"""Loads a resgraph HTML report in headless Chromium (Debian's `chromium`) and checks it as a reader's
browser sees it. Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe), so it
needs nothing but the Python standard library.

Checks, each failing the run:
  - the page loads with no console message of level warning or error, no uncaught exception and no
    Content-Security-Policy report;
  - no network request other than the page itself (file://) and data: URIs;
  - highlights (mark.m) and entity panels (article.panel) are present, at least --min-highlights and
    --min-panels; every highlight's link points at an existing panel;
  - the keyboard reaches a highlight: Tab from the top first focuses the skip link; following it
    (Enter) and tabbing on reaches a highlight's link; Enter on it moves to the entity's panel;
  - a screenshot of the top of the page (and one scrolled to the text) is written to --screenshot.

Prints a one-line JSON summary on stdout, one `FAIL:` line per problem on stderr; exit 1 when a check
fails, 2 when Chromium is missing.

    python3 Tests/Interop/check_html.py report.html --screenshot Tests/Artifacts/report.png
"""
import argparse
import base64
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


class Browser:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4 (messages out)."""

    def __init__(self, executable, width, height):
        self.profile = tempfile.mkdtemp(prefix="resgraph-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire():
            # Copies first, so that neither end is overwritten when it already is fd 3 or 4; dup2 makes
            # 3 and 4 inheritable, every other descriptor of ours is close-on-exec.
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            executable, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--metrics-recording-only", "--mute-audio",
            "--disable-dev-shm-usage", f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
            "about:blank",
        ]
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=wire, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.to_child, self.from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError(f"Chromium closed the DevTools pipe (exit {self.process.poll()})")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, limit=2000):
        """Reads messages until an event `method` arrives (bounded by a message count, not a clock)."""
        for event in self.events:
            if event.get("method") == method:
                return event
        for _ in range(limit):
            event = self._read_message()
            self.events.append(event)
            if event.get("method") == method:
                return event
        raise RuntimeError(f"no {method} event")


def evaluate(browser, session, expression):
    result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    if "exceptionDetails" in result:
        raise RuntimeError(f"evaluating {expression[:60]}…: {result['exceptionDetails']}")
    return result["result"].get("value")


def press(browser, session, key):
    codes = {"Tab": ("Tab", 9), "Enter": ("Enter", 13)}
    code, vk = codes[key]
    params = {"key": key, "code": code, "windowsVirtualKeyCode": vk, "nativeVirtualKeyCode": vk}
    if key == "Enter":
        params["text"] = "\r"
    browser.send("Input.dispatchKeyEvent", {"type": "keyDown", **params}, session)
    browser.send("Input.dispatchKeyEvent", {"type": "keyUp", **params}, session)


PAGE_FACTS = r"""
(() => {
  const marks = [...document.querySelectorAll('mark.m')];
  const panels = new Set([...document.querySelectorAll('article.panel')].map(p => p.id));
  const broken = [];
  for (const m of marks) {
    const links = [...m.children].filter(c => c.tagName === 'A');
    const href = links.length === 1 ? links[0].getAttribute('href') : null;
    if (!href || !href.startsWith('#') || !panels.has(href.slice(1))) broken.push(m.id + ' -> ' + href);
  }
  const style = m => getComputedStyle(m).backgroundColor;
  const kinds = {};
  for (const m of marks) { const k = m.classList[1]; kinds[k] = (kinds[k] || 0) + 1; }
  const tags = [...document.querySelectorAll('mark.m .tag')].filter(t => t.offsetWidth > 0 && t.textContent.trim()).length;
  return {title: document.title, lang: document.documentElement.lang, highlights: marks.length, panels: panels.size,
          broken: broken.slice(0, 10), brokenCount: broken.length, kinds, visibleTags: tags,
          actions: document.querySelectorAll('ul.actions li').length,
          svg: document.querySelectorAll('figure.picture svg').length,
          highlightColours: [...new Set(marks.slice(0, 200).map(style))].length,
          h1: document.querySelectorAll('h1').length, main: document.querySelectorAll('main').length};
})()
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", help="the HTML file")
    parser.add_argument("--screenshot", help="PNG to write (the top of the page); a second one, *-text.png, shows the text")
    parser.add_argument("--min-highlights", type=int, default=1)
    parser.add_argument("--min-panels", type=int, default=1)
    parser.add_argument("--expect-highlights", type=int, help="exact number of highlights")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()

    # A safety net, not a measurement: a browser that hangs must fail the run, not stall CI.
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(RuntimeError("Chromium did not answer within 10 minutes")))
    signal.alarm(600)
    executable = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if not executable:
        print("missing tool: chromium, install with apt-get install -y chromium", file=sys.stderr)
        return 2
    path = pathlib.Path(args.report).resolve()
    url = path.as_uri()
    problems = []
    browser = Browser(executable, args.width, args.height)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", {}, session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": args.width, "height": args.height, "deviceScaleFactor": 1, "mobile": False}, session)
        browser.events.clear()
        browser.send("Page.navigate", {"url": url}, session)
        browser.wait_for("Page.loadEventFired")
        # A round trip after the load so late console messages arrive before we look.
        evaluate(browser, session, "document.readyState")

        requests = []
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                problems.append(f"console {params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                problems.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                entry = params["entry"]
                problems.append(f"log {entry['level']} ({entry.get('source')}): {entry.get('text')}")
            elif method == "Network.requestWillBeSent":
                requests.append(params["request"]["url"])
        network = [r for r in requests if r != url and not r.startswith("data:")]
        if network:
            problems.append(f"network requests besides the page: {network[:5]}")

        facts = evaluate(browser, session, PAGE_FACTS)
        if facts["highlights"] < args.min_highlights:
            problems.append(f"{facts['highlights']} highlights, expected at least {args.min_highlights}")
        if args.expect_highlights is not None and facts["highlights"] != args.expect_highlights:
            problems.append(f"{facts['highlights']} highlights, expected {args.expect_highlights}")
        if facts["panels"] < args.min_panels:
            problems.append(f"{facts['panels']} entity panels, expected at least {args.min_panels}")
        if facts["brokenCount"]:
            problems.append(f"{facts['brokenCount']} highlights do not link to a panel: {facts['broken']}")
        if facts["visibleTags"] < facts["highlights"]:
            problems.append(f"only {facts['visibleTags']} of {facts['highlights']} highlights show their kind as text")
        if facts["lang"] != "en" or facts["h1"] != 1 or facts["main"] != 1:
            problems.append(f"landmarks: lang={facts['lang']!r}, {facts['h1']} h1, {facts['main']} main")

        # Keyboard: the first Tab lands on the skip link; Enter follows it; Tab on to a highlight.
        keyboard = {}
        press(browser, session, "Tab")
        first = evaluate(browser, session, "document.activeElement.className + '|' + document.activeElement.getAttribute('href')")
        keyboard["first"] = first
        if first != "skip|#main":
            problems.append(f"the first Tab focuses {first!r}, not the skip link")
        press(browser, session, "Enter")
        tabs = 0
        reached = None
        while tabs < 600:
            press(browser, session, "Tab")
            tabs += 1
            reached = evaluate(browser, session,
                               "(() => { const a = document.activeElement; const m = a && a.closest('mark.m');"
                               " return m ? a.getAttribute('href') : null; })()")
            if reached:
                break
        keyboard["tabsToHighlight"] = tabs
        if not reached:
            problems.append("no highlight reached with the keyboard after 600 Tabs")
        else:
            press(browser, session, "Enter")
            hash_ = evaluate(browser, session, "location.hash")
            keyboard["enterGoesTo"] = hash_
            if hash_ != reached:
                problems.append(f"Enter on a highlight went to {hash_!r}, expected {reached!r}")

        shots = []
        if args.screenshot:
            out = pathlib.Path(args.screenshot)
            out.parent.mkdir(parents=True, exist_ok=True)
            evaluate(browser, session, "history.replaceState(null, '', location.pathname); window.scrollTo(0, 0); document.activeElement.blur(); true")
            png = browser.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
            out.write_bytes(base64.b64decode(png))
            shots.append(str(out))
            text = out.with_name(out.stem + "-text" + out.suffix)
            evaluate(browser, session, "(() => { const p = document.querySelector('ul.actions'); const para = p ? p.previousElementSibling : document.querySelector('.para');"
                                       " window.scrollTo(0, para.getBoundingClientRect().top + window.scrollY - 120); return true; })()")
            png = browser.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
            text.write_bytes(base64.b64decode(png))
            shots.append(str(text))
            panel = out.with_name(out.stem + "-panel" + out.suffix)
            evaluate(browser, session, "(() => { const p = document.querySelector('article.panel'); "
                                       "window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 60); return true; })()")
            png = browser.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
            panel.write_bytes(base64.b64decode(png))
            shots.append(str(panel))
    finally:
        browser.close()

    summary = {"report": str(path), "highlights": facts["highlights"], "panels": facts["panels"], "kinds": facts["kinds"],
               "actions": facts["actions"], "svg": facts["svg"], "requests": len(requests), "keyboard": keyboard,
               "screenshots": shots, "problems": problems}
    print(json.dumps(summary, sort_keys=True))
    for p in problems:
        print("FAIL: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
