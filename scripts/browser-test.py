#!/usr/bin/env python3
"""Drives the `entente serve` page in headless chromium (see scripts/browser-test).

--write-hostile DIR writes the hostile lexicon and articles; --url URL runs the checks and
saves screenshots. Exits non-zero on the first failed check, saying which.
"""
import argparse
import json
import os
import sys
import time

HOSTILE_ACTORS = [
    ("SCRIPTLAND", '<script>window.__pwned=1</script> \\N \\G {x} -> y; "q" \\', "Scriptland"),
    ("JSLAND", "javascript:window.__pwned=2", "Jsland"),
    ("IMGLAND", '<img src=x onerror="window.__pwned=3"> "onmouseover="window.__pwned=4"', "Imgland"),
    ("QUOTELAND", "Quote\"Land' ]]> --> <!-- \\", "Quoteland"),
]


def write_hostile(directory):
    lexicon = {"actors": [{"id": i, "name": n, "kind": "state", "aliases": [a]} for i, n, a in HOSTILE_ACTORS]}
    with open(os.path.join(directory, "hostile.yaml"), "w") as f:
        json.dump(lexicon, f)
    text = ("Scriptland attacked Jsland on Monday, saying \"<script>window.__pwned=5</script> {a} -> b \\N\". "
            "Imgland condemned Quoteland <a href=\"javascript:window.__pwned=6\" onclick=\"window.__pwned=7\">here</a>. "
            "Jsland and Imgland signed a defence pact. Quoteland threatened Scriptland over <img src=x onerror=window.__pwned=8>.")
    records = [
        {"id": "h1\"<x>\\", "title": "Hostile <b>title</b> \\N", "text": text, "date": "2025-03-01",
         "url": "javascript:window.__pwned=9"},
        {"id": "h2", "text": "Jsland warned Quoteland.", "date": "2025-03-02", "url": "https://example.org/a?b=1&c=\"2\""},
    ]
    with open(os.path.join(directory, "hostile.jsonl"), "w") as f:
        f.write("\n".join(json.dumps(r) for r in records) + "\n")


class Check:
    def __init__(self, url, shots):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        options = webdriver.ChromeOptions()
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,1000", "--disable-dev-shm-usage"]:
            options.add_argument(arg)
        options.binary_location = "/usr/bin/chromium"
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.url = url
        self.shots = shots
        self.passed = 0

    def ok(self, condition, what):
        if not condition:
            self.shot("failure")
            raise SystemExit("browser-test: FAILED: " + what)
        self.passed += 1
        print("  ok  " + what)

    def shot(self, name):
        path = os.path.join(self.shots, name + ".png")
        self.driver.save_screenshot(path)
        return path

    def wait(self, predicate, what, timeout=30):
        from selenium.webdriver.support.ui import WebDriverWait
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(lambda d: predicate())
        except Exception as error:
            self.shot("failure")
            raise SystemExit("browser-test: FAILED waiting for " + what + ": " + type(error).__name__)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def text(self, element_id):
        return self.js("return document.getElementById(arguments[0]).textContent", element_id)

    def drawn(self, before=None):
        """Waits for a finished drawing, newer than `before` when given."""
        def done():
            svg = self.js("return document.querySelector('#map svg')")
            status = self.text("status")
            return svg is not None and svg != before and not status.startswith("drawing") and status
        self.wait(done, "the map to be drawn")
        return self.js("return document.querySelector('#map svg')")

    def click_svg(self, css):
        from selenium.webdriver.common.action_chains import ActionChains
        element = self.driver.find_element("css selector", css)
        # The <text> of a node or the <path> of an edge is what a user hits.
        target = element.find_elements("css selector", "text") or element.find_elements("css selector", "path")
        ActionChains(self.driver).move_to_element(target[0] if target else element).click().perform()

    def not_pwned(self, when):
        from selenium.common.exceptions import NoAlertPresentException
        try:
            alert = self.driver.switch_to.alert
            text = alert.text
            alert.dismiss()
            self.ok(False, "no alert " + when + " (got one: " + text + ")")
        except NoAlertPresentException:
            pass
        self.ok(self.js("return window.__pwned === undefined"), "no script from an article ran " + when)

    def run(self):
        d = self.driver
        d.get(self.url)
        svg = self.drawn()
        summary = self.text("summary")
        self.ok("actors" in summary and "2025-03-02" in summary, "page loads with the graph's summary: " + summary)
        whole = self.text("status")
        self.ok(self.js("return document.querySelectorAll('#map g.node').length") > 20, "the map is drawn: " + whole)
        self.ok(len(d.find_elements("css selector", "#style option")) >= 4, "the style switch lists the shipped styles")
        print("  screenshot " + self.shot("01-map"))

        # The style switch redraws in another shipped style.
        from selenium.webdriver.support.ui import Select
        fill = self.js("return getComputedStyle(document.querySelector('#map svg polygon')).fill")
        Select(d.find_element("id", "style")).select_by_value("dark")
        svg = self.drawn(svg)
        dark = self.js("return getComputedStyle(document.querySelector('#map svg polygon')).fill")
        self.ok(dark != fill, "the dark style redraws the map (background " + fill + " -> " + dark + ")")
        print("  screenshot " + self.shot("01b-dark"))
        Select(d.find_element("id", "style")).select_by_value("default")
        svg = self.drawn(svg)

        # Pan and zoom move the viewBox.
        from selenium.webdriver.common.action_chains import ActionChains
        box = self.js("return document.querySelector('#map svg').getAttribute('viewBox')")
        from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
        ActionChains(d).scroll_from_origin(ScrollOrigin.from_element(d.find_element("id", "map")), 0, -400).perform()
        time.sleep(0.3)
        zoomed = self.js("return document.querySelector('#map svg').getAttribute('viewBox')")
        self.ok(zoomed != box, "the wheel zooms (viewBox " + box + " -> " + zoomed + ")")
        self.js("document.querySelector('#map svg').dispatchEvent(new MouseEvent('dblclick'))")

        # Click an actor: the map focuses on it and the panel lists its neighbours.
        self.click_svg("#map g.node[data-actor='BLR']")
        svg = self.drawn(svg)
        self.wait(lambda: "one hop away" in self.text("details"), "Belarus's neighbours in the panel")
        self.ok(self.text("focus-name") == "Belarus", "clicking Belarus focuses the map on it")
        focused = self.js("return document.querySelectorAll('#map g.node').length")
        self.ok(self.js("return !!document.querySelector('#map g.node.actor.focus, #map g.node[class*=focus]')"),
                "the focus actor is marked in the SVG")
        print("  focus view: " + self.text("status") + "; screenshot " + self.shot("02-focus-belarus"))
        self.ok(self.js("return document.querySelectorAll('#map g.node[data-actor]').length") < 40,
                "the focus view draws fewer actors than the whole map (" + str(focused) + " nodes)")

        # Back to the whole map; ask how Wagner reaches Poland.
        d.find_element("id", "clear-focus").click()
        svg = self.drawn(svg)
        d.find_element("id", "path-source").send_keys("Wagner")
        d.find_element("id", "path-target").send_keys("Poland")
        d.find_element("css selector", "#path-form button[type=submit]").click()
        self.wait(lambda: self.js("return document.querySelectorAll('#details .path').length") > 0, "paths in the panel")
        headings = self.js("return [...document.querySelectorAll('#details .path h3')].map(h => h.textContent)")
        self.ok(any("Wagner" in h and "Poland" in h for h in headings), "path query answers: " + " | ".join(headings))
        lit = self.js("return document.querySelectorAll('#map g.on-path').length")
        self.ok(lit >= 3, "the paths are highlighted on the map (" + str(lit) + " elements)")
        print("  screenshot " + self.shot("03-path-wagner-poland"))

        # Click a tie on the path: its evidence sentences, with certainty, date and source.
        self.click_svg("#map g.edge.on-path")
        self.wait(lambda: self.js("return document.querySelectorAll('#details .evidence li blockquote').length") > 0,
                  "evidence sentences for the clicked tie")
        first = self.js("return document.querySelector('#details .evidence li').textContent")
        self.ok(len(first) > 40, "the evidence panel reads: " + first[:160])
        self.ok(self.js("return document.querySelectorAll('#details .evidence .badge').length") >= 2,
                "each relation shows its polarity and certainty")
        hrefs = self.js("return [...document.querySelectorAll('#details a')].map(a => a.href)")
        self.ok(all(h.startswith("http://") or h.startswith("https://") for h in hrefs), "links are http(s) only: " + str(hrefs))
        print("  screenshot " + self.shot("04-evidence"))
        d.find_element("id", "clear-path").click()

        # Move the start of the date range past the first batch of articles.
        before = self.text("status")
        slider = d.find_element("id", "date-from")
        slider.click()
        from selenium.webdriver.common.keys import Keys
        slider.send_keys(Keys.HOME)
        for _ in range(130):
            slider.send_keys(Keys.ARROW_RIGHT)
        svg = self.drawn(svg)
        self.wait(lambda: self.text("status") != before and not self.text("status").startswith("drawing"), "a redraw for the dates")
        after = self.text("status")
        label = self.text("date-from-label")
        self.ok(label > "2024-05-01" and int(after.split()[0]) < int(before.split()[0]),
                "moving the date range to start " + label + " leaves the earlier articles out: " + before + " -> " + after)
        print("  screenshot " + self.shot("05-date-range"))
        d.find_element("id", "undated").click()
        svg = self.drawn(svg)

        # The hostile articles: their actors are on the map and their text is shown as text.
        self.click_svg("#map g.node[data-actor='SCRIPTLAND']")
        svg = self.drawn(svg)
        self.wait(lambda: "one hop away" in self.text("details"), "Scriptland's panel")
        self.ok("<script>" in self.text("focus-name"), "a name with <script> is shown as text: " + self.text("focus-name")[:60])
        self.not_pwned("after focusing the hostile actor")
        self.click_svg("#map g.edge.tie")
        self.wait(lambda: self.js("return document.querySelectorAll('#details .evidence li').length") > 0, "hostile evidence")
        shown = self.text("details")
        self.ok("<" in shown, "hostile sentences are shown as text: " + shown[:160])
        hrefs = self.js("return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
        self.ok(not any(h.lower().startswith(("javascript:", "data:")) for h in hrefs), "no javascript: or data: link on the page")
        handlers = self.js("""return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
        self.ok(handlers == [], "no handler attribute anywhere in the page: " + str(handlers))
        for node in d.find_elements("css selector", "#map g.node"):
            from selenium.webdriver.common.action_chains import ActionChains
            ActionChains(d).move_to_element(node).perform()
        self.not_pwned("after hovering every actor")
        print("  screenshot " + self.shot("06-hostile"))

        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        self.ok(errors == [], "no errors in the browser console: " + str(errors)[:400])
        print("browser-test: %d checks passed; screenshots in %s" % (self.passed, self.shots))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-hostile")
    parser.add_argument("--url")
    parser.add_argument("--screenshots", default="out/browser")
    args = parser.parse_args()
    if args.write_hostile:
        write_hostile(args.write_hostile)
        return
    check = Check(args.url, args.screenshots)
    try:
        check.run()
    finally:
        check.driver.quit()


if __name__ == "__main__":
    main()
