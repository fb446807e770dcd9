#!/usr/bin/env python3
"""Sends realistic demo ratings to a running Hài Lòng server, over TLS with its CA pinned,
as the kiosks would: one batch per kiosk token, dated over the last months so that the
dashboard and the quarterly report have something to show.

usage: demo-ratings.py --server https://127.0.0.1:8443 --ca DIR/ca.pem \
           --kiosk TOKEN_FILE:COUNTER:STAFF1,STAFF2 [--kiosk …] [--days 200] [--per-day 6]
"""
import argparse
import datetime as dt
import json
import random
import ssl
import urllib.request
import uuid

VN = dt.timezone(dt.timedelta(hours=7))
FIELDS = ["ho-tich", "chung-thuc", "dat-dai", "xay-dung", "dau-tu", "lao-dong-xa-hoi"]
GOOD = ["nhanh-chong", "than-thien", "huong-dan-ro", "dung-hen", "thuan-tien"]
BAD = ["cho-lau", "thai-do-chua-tot", "huong-dan-kho-hieu", "giay-to-nhieu", "hen-lai-nhieu-lan"]
COMMENTS_GOOD = [
    "Cán bộ hướng dẫn tận tình, cảm ơn chị!",
    "Làm thủ tục nhanh, không phải chờ lâu.",
    "Rất hài lòng, trung tâm sạch sẽ.",
]
COMMENTS_BAD = [
    "Phải chờ gần một tiếng mới đến lượt.",
    "Hồ sơ đất đai phải bổ sung nhiều lần, mong cải thiện.",
    "Gọi lại cho tôi số 0912 345 678 nhé",  # the server masks the number before storing
]


def post(url, ca, token, body):
    ctx = ssl.create_default_context(cafile=ca)
    req = urllib.request.Request(
        url, data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, context=ctx, timeout=30) as resp:
        return json.load(resp)


def rating(when, seq, counter, staff, rng, admin):
    overall = rng.choices([5, 4, 3, 2, 1], weights=[62, 30, 5, 2, 1])[0]
    r = {
        "id": str(uuid.uuid4()),
        "created_at": when.isoformat(timespec="seconds"),
        "seq": seq,
        "survey": "default",
        "overall": overall,
        "lang": rng.choices(["vi", "en"], weights=[95, 5])[0],
        "ended": rng.choices(["done", "timeout", "skipped"], weights=[70, 20, 10])[0],
        "counter": counter,
        "staff": rng.choice(staff),
    }
    if admin:
        r["field"] = rng.choices(FIELDS, weights=[30, 30, 15, 8, 4, 13])[0]
    pool = GOOD if overall >= 4 else BAD
    r["reasons"] = rng.sample(pool, rng.randint(0, 2))
    if rng.random() < 0.15:
        r["comment"] = rng.choice(COMMENTS_GOOD if overall >= 4 else COMMENTS_BAD)
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--ca", required=True)
    ap.add_argument("--kiosk", action="append", required=True,
                    help="TOKEN_FILE:COUNTER:STAFF[,STAFF…][:health|education]")
    ap.add_argument("--days", type=int, default=200)
    ap.add_argument("--per-day", type=int, default=6)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    today = dt.datetime.now(VN).replace(minute=0, second=0, microsecond=0)
    total = 0
    for spec in args.kiosk:
        parts = spec.split(":")
        token = open(parts[0], encoding="utf-8").read().strip()
        counter, staff = parts[1], parts[2].split(",")
        admin = len(parts) < 4
        ratings, seq = [], 0
        for back in range(args.days, -1, -1):
            day = today - dt.timedelta(days=back)
            if day.weekday() == 6:
                continue
            for _ in range(rng.randint(0, 2 * args.per_day)):
                when = day.replace(hour=rng.randint(7, 16), minute=rng.randint(0, 59))
                if when > dt.datetime.now(VN):
                    continue
                seq += 1
                ratings.append(rating(when, seq, counter, staff, rng, admin))
        for i in range(0, len(ratings), 200):
            answer = post(args.server + "/api/v1/ratings", args.ca, token,
                          {"ratings": ratings[i:i + 200]})
            bad = [r for r in answer["results"] if r["status"] == "rejected"]
            if bad:
                raise SystemExit("demo ratings rejected: %s" % bad[:3])
        total += len(ratings)
    print("demo ratings sent: %d" % total)


if __name__ == "__main__":
    main()
