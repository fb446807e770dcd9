#!/usr/bin/env python3
"""Fills a running Hài Lòng server with a commune centre's last months of ratings, made the
way real kiosks make and send them, over TLS with the centre's CA pinned:

- most ratings are walk-ups: a citizen taps a face with no dossier named, so the rating
  carries no counter, staff, field or dossier (the server knows the kiosk from its token);
- at the one-stop counters some follow a counter prompt: a manager posts the dossier just
  handed back (POST /api/v1/counters/{counter}/prompt), the counter's kiosk fetches it with
  its long-poll (GET /api/v1/kiosk/prompt) and the rating carries the prompt's dossier,
  field, staff and the kiosk's own counter;
- follow-up reasons, comments (in Vietnamese, some in English) and how sessions end come in
  the shares a kiosk sees: most citizens tap a face and leave;
- each kiosk numbers its ratings 1, 2, 3 … and sends its outbox oldest first in batches of
  up to 100, with its queue length and clock in the headers; one kiosk is offline for a
  working day (no prompt reaches it) and sends that day's backlog the next working day.

usage: demo-ratings.py --server https://127.0.0.1:8443 --ca DIR/ca.pem --staff USER:PASSWORD
           --kiosk KIND:TOKEN_FILE[:COUNTER:STAFF,…:FIELD,…] [--kiosk …]
           [--offline TOKEN_FILE] [--days 200] [--per-day 6] [--seed 2026]
  KIND is admin, health or education; a kiosk given a counter, its staff and the fields
  they handle is a one-stop counter that staff prompt.
"""
import argparse
import collections
import datetime as dt
import email.utils
import http.client
import json
import os
import random
import ssl
import threading
import time
import urllib.parse
import uuid

VN = dt.timezone(dt.timedelta(hours=7))
BATCH = 100  # the kiosk's outbox sends at most this many ratings per request
PROMPTED_SHARE = 0.25  # of ratings at a one-stop counter while staff can prompt it
WENT_WRONG = ["cho-lau", "thai-do-chua-tot", "huong-dan-kho-hieu", "giay-to-nhieu",
              "hen-lai-nhieu-lan", "tre-hen", "khac"]
WENT_WELL = ["nhanh-chong", "than-thien", "huong-dan-ro", "dung-hen", "thuan-tien"]
# Satisfaction levels 5…1: land and building dossiers are where complaints gather.
LEVEL_WEIGHTS = {
    "admin": [66, 30, 2, 1.5, 0.5],
    "land": [50, 36, 8, 4, 2],
    "health": [55, 37, 5, 2, 1],
    "education": [60, 34, 4, 1.5, 0.5],
}
LAND_FIELDS = {"dat-dai", "xay-dung", "dau-tu"}
# Days from receiving a dossier to handing back its result, by field.
PROCESSING_DAYS = {"ho-tich": (0, 3), "chung-thuc": (0, 0), "dat-dai": (5, 30),
                   "xay-dung": (7, 20), "dau-tu": (10, 30), "nguoi-co-cong": (5, 20),
                   "bao-tro-xa-hoi": (3, 10),
                   "nong-nghiep": (3, 10), "van-hoa": (3, 7), "khac": (1, 5)}
COMMENTS = {
    ("admin", True): [
        "Cán bộ hướng dẫn tận tình, cảm ơn chị!",
        "Làm thủ tục nhanh, không phải chờ lâu.",
        "Trung tâm sạch sẽ, có chỗ ngồi chờ mát mẻ.",
        "Được giải thích rõ ràng từng giấy tờ cần nộp, rất dễ hiểu.",
        "Trả kết quả đúng hẹn, tôi rất hài lòng.",
        "Anh cán bộ vui vẻ, chỉ cho tôi cách nộp hồ sơ trực tuyến lần sau.",
        "Chứng thực bản sao chỉ mất mười phút.",
    ],
    ("admin", False): [
        "Phải chờ gần một tiếng mới đến lượt.",
        "Hồ sơ đất đai phải bổ sung nhiều lần, mong cải thiện.",
        "Hẹn trả kết quả thứ Hai nhưng đến thứ Năm mới có.",
        "Giấy tờ yêu cầu nhiều quá, nên niêm yết rõ hơn ở bảng thông tin.",
        "Máy lấy số thứ tự bị hỏng, mọi người chen lấn.",
        "Cán bộ nói hơi nhanh, người già như tôi khó theo kịp.",
        "Gọi lại cho tôi số 0912 345 678 nhé",  # the server masks the number before storing
    ],
    ("health", True): [
        "Bác sĩ khám kỹ và dặn dò cẩn thận.",
        "Tiêm chủng cho cháu nhanh, các cô điều dưỡng rất nhẹ nhàng.",
        "Trạm y tế sạch sẽ, thuốc phát đầy đủ.",
    ],
    ("health", False): [
        "Chờ khám lâu quá, chỉ có một bác sĩ.",
        "Hết thuốc huyết áp, phải ra hiệu thuốc mua.",
        "Nhà vệ sinh chưa sạch.",
    ],
    ("education", True): [
        "Cô giáo chủ nhiệm nhiệt tình, cháu tiến bộ nhiều.",
        "Thủ tục nhập học đơn giản, được hướng dẫn chu đáo.",
        "Trường sạch đẹp, bếp ăn bán trú đảm bảo.",
    ],
    ("education", False): [
        "Các khoản đóng góp đầu năm chưa được giải thích rõ.",
        "Sân trường ngập nước mỗi khi mưa to.",
        "Phụ huynh khó liên lạc với nhà trường.",
    ],
}
COMMENTS_EN = {True: ["Quick and friendly service, thank you."],
               False: ["I waited a long time and nobody explained the delay."]}


class Api:
    """One keep-alive HTTPS connection to the server; not shared between threads."""

    def __init__(self, base, context):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.context = url.hostname, url.port or 443, context
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        for attempt in range(30):
            if self.conn is None:
                self.conn = http.client.HTTPSConnection(self.host, self.port,
                                                        context=self.context, timeout=60)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                resp = self.conn.getresponse()
                payload = resp.read()
            except (http.client.HTTPException, OSError):
                # The server closes idle connections: open a new one, as the kiosk does.
                self.conn.close()
                self.conn = None
                if attempt >= 2:
                    raise
                continue
            if resp.status in (429, 503):  # the kiosk's rate limit, or storage busy: back off
                time.sleep(float(resp.getheader("Retry-After") or 1))
                continue
            return resp.status, resp, json.loads(payload) if payload else None
        raise SystemExit("%s %s kept answering %d" % (method, path, resp.status))


class StaffSession:
    """A manager logged in to the dashboard, who sends the counter prompts."""

    def __init__(self, base, context, user, password):
        self.base, self.context = base, context
        status, resp, body = Api(base, context).request(
            "POST", "/api/v1/session", {"user": user, "password": password})
        if status != 200:
            raise SystemExit("cannot log in as %s: %s" % (user, body))
        cookie = resp.getheader("Set-Cookie").split(";", 1)[0]
        self.headers = {"Cookie": cookie, "X-CSRF-Token": body["csrf"]}
        self.local = threading.local()

    def prompt(self, counter, dossier):
        api = getattr(self.local, "api", None) or Api(self.base, self.context)
        self.local.api = api
        status, _, body = api.request(
            "POST", "/api/v1/counters/%s/prompt" % urllib.parse.quote(counter, safe=""),
            {"dossier": dossier.code, "field": dossier.field, "staff": dossier.staff},
            self.headers)
        if status != 202:
            raise SystemExit("prompt for counter %s refused: %s" % (counter, body))


Dossier = collections.namedtuple("Dossier", "code field staff")


class HandedBackDossiers:
    """Dossiers as the one-stop system numbers them (agency-YYMMDD-NNNN, dated when received):
    those handed back at a counter, where the citizen is prompted to rate, and those filed and
    returned online. At the end the one-stop system hands them all to the server, with their
    received, due and returned times, so that each rating is tied to its dossier and the
    on-time and response rates have their denominators."""

    AGENCY = "000.25.10.H56"
    ONLINE_PER_DAY = 10  # most dossiers are filed online; their citizens never see a kiosk
    LATE_SHARE = 0.05

    def __init__(self):
        self.numbers = {}
        self.records = []
        self.lock = threading.Lock()

    def _record(self, rng, field, staff, returned, channel):
        low, high = PROCESSING_DAYS.get(field, (1, 5))
        received = returned - dt.timedelta(days=rng.randint(low, high), hours=rng.randint(0, 3))
        if rng.random() < self.LATE_SHARE:
            due = received + (returned - received) / 2
        else:
            due = received + dt.timedelta(days=high, hours=8)
        with self.lock:
            day = received.strftime("%y%m%d")
            self.numbers[day] = self.numbers.get(day, 0) + 1
            code = "%s-%s-%04d" % (self.AGENCY, day, self.numbers[day])
            self.records.append({
                "code": code, "unit": "ubnd", "field": field, "procedure": "",
                "channel": channel, "staff": staff or "",
                "received_at": received.isoformat(timespec="seconds"),
                "due_at": due.isoformat(timespec="seconds"),
                "returned_at": returned.isoformat(timespec="seconds")})
        return code

    def hand_back(self, rng, field, staff, returned):
        return Dossier(self._record(rng, field, staff, returned, "counter"), field, staff)

    def return_online(self, rng, days, now):
        for day in days:
            for _ in range(round(rng.gauss(self.ONLINE_PER_DAY, 3))):
                when = working_hours(rng, day)
                if when <= now:
                    self._record(rng, rng.choice(list(PROCESSING_DAYS)), "", when, "online")

    def hand_over(self, base, context, token, rng, now):
        """Posts every dossier to the server as the one-stop system does; a few citizens whose
        online dossier came back in the last days rate it by the link on their receipt (a link
        rating is dated when it arrives, so only recent ones are rated)."""
        api = Api(base, context)
        headers = {"Authorization": "Bearer " + token}
        links = []
        for start in range(0, len(self.records), 1000):
            chunk = self.records[start:start + 1000]
            status, _, body = api.request("POST", "/api/v1/dossiers", {"dossiers": chunk}, headers)
            if status != 200:
                raise SystemExit("dossiers refused (%d): %s" % (status, body))
            rejected = [r for r in body["results"] if r["status"] == "rejected"]
            if rejected:
                raise SystemExit("dossiers rejected: %s" % rejected[:3])
            recent = now - dt.timedelta(days=3)
            links += [r["rating_url"] for r, d in zip(body["results"], chunk)
                      if d["channel"] == "online" and r.get("rating_url")
                      and dt.datetime.fromisoformat(d["returned_at"]) >= recent]
        rated = 0
        for url in rng.sample(links, min(len(links), 12)):
            overall = rng.choices([5, 4, 3, 2, 1], weights=LEVEL_WEIGHTS["admin"])[0]
            rating = {"link": url.rsplit("/", 1)[1], "overall": overall, "lang": "vi"}
            if rng.random() < 0.4:
                rating["reasons"] = rng.sample(WENT_WELL if overall >= 4 else WENT_WRONG, 1)
            status, _, body = api.request("POST", "/api/v1/link-ratings", rating)
            if status != 201:
                raise SystemExit("link rating refused (%d): %s" % (status, body))
            rated += 1
        online = sum(1 for r in self.records if r["channel"] == "online")
        print("dossiers handed over by the one-stop system: %d (%d at the counter, %d online); "
              "rated by phone: %d" % (len(self.records), len(self.records) - online, online, rated))


def working_hours(rng, day):
    """A time the centre is open: Monday to Friday 7:30–11:30 and 13:30–17:00, Saturday
    mornings."""
    if day.weekday() == 5 or rng.random() < 0.55:
        minutes = rng.randint(7 * 60 + 30, 11 * 60 + 29)
    else:
        minutes = rng.randint(13 * 60 + 30, 16 * 60 + 59)
    return day.replace(hour=minutes // 60, minute=minutes % 60, second=rng.randint(0, 59))


def ratings_on(rng, day, per_day):
    """How many citizens rate at one kiosk that day: Mondays are busiest, Saturdays half."""
    usual = per_day * [1.3, 1.0, 1.0, 1.0, 0.9, 0.5][day.weekday()]
    return max(0, round(rng.gauss(usual, usual * 0.35)))


def open_days(today, days):
    """Days the centre is open, oldest first (Sundays closed)."""
    return [today - dt.timedelta(days=back) for back in range(days, -1, -1)
            if (today - dt.timedelta(days=back)).weekday() != 6]


class KioskReplay:
    """One kiosk's months, replayed: each citizen's session in time order, the outbox and its
    syncs."""

    def __init__(self, spec, args, context, staff, dossiers, seed):
        parts = spec.split(":")
        self.kind, token_file = parts[0], parts[1]
        if self.kind not in ("admin", "health", "education"):
            raise SystemExit("unknown kind %r in --kiosk %s" % (self.kind, spec))
        with open(token_file, encoding="utf-8") as f:
            self.token = f.read().strip()
        self.counter = parts[2] if len(parts) > 2 else None
        self.staff_codes = parts[3].split(",") if len(parts) > 3 else []
        self.fields = parts[4].split(",") if len(parts) > 4 else []
        if self.counter and not (self.staff_codes and self.fields):
            raise SystemExit("--kiosk %s: a counter needs its staff and fields" % spec)
        self.offline = token_file == args.offline
        self.name = os.path.splitext(os.path.basename(token_file))[0]
        self.args, self.staff, self.dossiers = args, staff, dossiers
        self.rng = random.Random(seed)
        self.api = Api(args.server, context)
        self.seq = 0
        self.outbox = []
        self.counts = {"walk-up": 0, "prompted": 0}
        self.backlog = 0  # ratings held while offline
        self.caught_up = False
        self.failure = None

    def headers(self):
        return {"Authorization": "Bearer " + self.token,
                "X-Kiosk-Queued": str(len(self.outbox)),
                "Date": email.utils.formatdate(usegmt=True)}

    def fetch_prompt(self):
        status, _, body = self.api.request("GET", "/api/v1/kiosk/prompt?wait=5",
                                           headers=self.headers())
        if status != 200:
            raise SystemExit("kiosk %s got no prompt (%d): %s" % (self.name, status, body))
        return body

    def rating(self, when, prompt):
        rng = self.rng
        self.seq += 1
        weights = LEVEL_WEIGHTS[self.kind]
        if prompt and prompt["field"] in LAND_FIELDS:
            weights = LEVEL_WEIGHTS["land"]
        overall = rng.choices([5, 4, 3, 2, 1], weights=weights)[0]
        satisfied = overall >= 4
        lang = rng.choices(["vi", "en"], weights=[97, 3])[0]
        r = {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
             "created_at": when.isoformat(timespec="seconds"),
             "seq": self.seq, "survey": "default", "overall": overall, "lang": lang}
        if prompt:
            for key in ("dossier", "field", "counter", "staff"):
                if prompt.get(key):
                    r[key] = prompt[key]
        # The follow-up offers what went well (4–5) or wrong (1–3); unhappy citizens answer
        # it and write more often.
        if rng.random() < (0.55 if not satisfied else 0.3):
            pool = WENT_WELL if satisfied else WENT_WRONG
            r["reasons"] = rng.sample(pool, rng.choices([1, 2, 3], weights=[70, 25, 5])[0])
        if rng.random() < (0.18 if not satisfied else 0.04):
            texts = COMMENTS_EN[satisfied] if lang == "en" else COMMENTS[(self.kind, satisfied)]
            r["comment"] = rng.choice(texts)
            r["ended"] = "done"
        else:
            r["ended"] = rng.choices(["timeout", "done", "skipped"], weights=[55, 25, 20])[0]
        return r

    def sync(self):
        while self.outbox:
            batch = self.outbox[:BATCH]
            status, _, body = self.api.request("POST", "/api/v1/ratings",
                                               {"ratings": batch}, self.headers())
            if status != 200:
                raise SystemExit("kiosk %s: ratings refused (%d): %s" % (self.name, status, body))
            rejected = [r for r in body["results"] if r["status"] == "rejected"]
            if rejected:
                raise SystemExit("kiosk %s: ratings rejected: %s" % (self.name, rejected[:3]))
            del self.outbox[:len(batch)]

    def run(self, today, now, offline_day):
        try:
            days = open_days(today, self.args.days)
            for i, day in enumerate(days):
                away = self.offline and day == offline_day
                if self.backlog and not away and not self.caught_up:
                    # Back online the next morning: the backlog goes first, oldest first.
                    self.sync()
                    self.caught_up = True
                times = sorted(working_hours(self.rng, day)
                               for _ in range(ratings_on(self.rng, day, self.args.per_day)))
                for when in (t for t in times if t <= now):
                    prompt = None
                    if self.counter and not away and self.rng.random() < PROMPTED_SHARE:
                        dossier = self.dossiers.hand_back(
                            self.rng, self.rng.choice(self.fields),
                            self.rng.choice(self.staff_codes), when)
                        self.staff.prompt(self.counter, dossier)
                        prompt = self.fetch_prompt()
                    self.counts["prompted" if prompt else "walk-up"] += 1
                    self.outbox.append(self.rating(when, prompt))
                tomorrow = days[i + 1] if i + 1 < len(days) else None
                if away:
                    self.backlog = len(self.outbox)
                elif (len(self.outbox) >= BATCH or day.weekday() == 5 or
                      (self.offline and tomorrow == offline_day)):
                    # A kiosk sends each rating at once; replaying months, a sync at each full
                    # batch and week's end stands for that and keeps the order the server sees.
                    self.sync()
            self.sync()
            # The kiosk's next long-poll tells the server its outbox is empty.
            self.api.request("GET", "/api/v1/kiosk/prompt?wait=0", headers=self.headers())
        except BaseException as error:  # reported by the main thread
            self.failure = error


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--ca", required=True)
    ap.add_argument("--staff", required=True, help="USER:PASSWORD of a manager")
    ap.add_argument("--kiosk", action="append", required=True,
                    help="KIND:TOKEN_FILE[:COUNTER:STAFF,…:FIELD,…]")
    ap.add_argument("--offline", help="TOKEN_FILE of the kiosk that is offline for a day")
    ap.add_argument("--integration", help="TOKEN_FILE of the one-stop system's account")
    ap.add_argument("--days", type=int, default=200)
    ap.add_argument("--per-day", type=int, default=6)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()

    context = ssl.create_default_context(cafile=args.ca)
    user, _, password = args.staff.partition(":")
    staff = StaffSession(args.server, context, user, password)
    dossiers = HandedBackDossiers()
    now = dt.datetime.now(VN)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    # The offline day: a weekday about a week back that the replay covers, with a day after.
    weekdays = [d for d in open_days(today, args.days)[:-1] if d.weekday() < 5]
    offline_day = weekdays[max(0, len(weekdays) - 5)] if weekdays else None

    kiosks = [KioskReplay(spec, args, context, staff, dossiers, args.seed * 100 + i)
              for i, spec in enumerate(args.kiosk)]
    threads = [threading.Thread(target=k.run, args=(today, now, offline_day)) for k in kiosks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in kiosks:
        if k.failure:
            raise k.failure

    if args.integration:
        with open(args.integration, encoding="utf-8") as f:
            token = f.read().strip()
        rng = random.Random(args.seed)
        dossiers.return_online(rng, open_days(today, args.days), now)
        dossiers.hand_over(args.server, context, token, rng, now)

    total = {key: sum(k.counts[key] for k in kiosks) for key in ("walk-up", "prompted")}
    print("demo ratings sent: %d (%d walk-ups, %d after a counter prompt)"
          % (total["walk-up"] + total["prompted"], total["walk-up"], total["prompted"]))
    for k in kiosks:
        if k.offline and offline_day:
            print("%s was offline on %s: its %d ratings of that day went out the next "
                  "working day, oldest first" % (k.name, offline_day.date(), k.backlog))


if __name__ == "__main__":
    main()
