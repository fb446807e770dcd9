-- Fills a server database (after `init`) with @n ratings from 124 communes, each with a
-- commune office (admin), a health station and a school: one kiosk per unit, four counters,
-- one staff member per counter, two service fields per counter. Ratings are spread evenly
-- over [@from_ms, @to_ms) and come in id and time order, so the inserts append.
-- With @centres > 1 the communes are spread over that many centres (xa-000 …, commune i in
-- centre i mod @centres), as in a province's database; with 1 they are all the centre 'main'.
-- Parameters (sqlite3 -cmd ".parameter set …"): @n, @from_ms, @to_ms, @centres.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -1000000;

BEGIN;
WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 123),
kinds(kind, prefix, label) AS (VALUES ('admin', 'ubnd', 'UBND xã'),
                                      ('health', 'tyt', 'Trạm y tế'),
                                      ('education', 'thcs', 'Trường THCS'))
INSERT INTO units (id, kind, name, centre_id)
SELECT printf('%s-%03d', prefix, i), kind, printf('%s số %d', label, i + 1),
       CASE WHEN @centres = 1 THEN 'main' ELSE printf('xa-%03d', i % @centres) END
FROM c, kinds;

INSERT INTO kiosks (id, unit_id, counter, token_digest)
SELECT id || '-k1', id, '1', 'bench-' || id FROM units WHERE id GLOB '*-[0-9][0-9][0-9]';

WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < @n - 1),
rows AS (
    SELECT i,
           i % 372 AS u,
           (i * 2654435761) % 100 AS draw,
           @from_ms + (i * (@to_ms - @from_ms)) / @n AS at
    FROM r),
shaped AS (
    SELECT i, at,
           CASE u % 3 WHEN 0 THEN 'ubnd' WHEN 1 THEN 'tyt' ELSE 'thcs' END
               || printf('-%03d', u / 3) AS unit_id,
           CASE u % 3 WHEN 0 THEN 'admin' WHEN 1 THEN 'health' ELSE 'education' END AS unit_kind,
           CASE WHEN draw < 3 THEN 1 WHEN draw < 6 THEN 2 WHEN draw < 12 THEN 3
                WHEN draw < 50 THEN 4 ELSE 5 END AS overall,
           1 + (i / 372) % 4 AS counter,
           i / 372 + 1 AS seq,
           u % 3 = 0 AND i % 5 != 0 AS tied,
           CASE WHEN @centres = 1 THEN 'main' ELSE printf('xa-%03d', (u / 3) % @centres) END
               AS centre_id
    FROM rows)
INSERT INTO ratings (id, kiosk_id, unit_id, unit_kind, survey, overall, satisfied, tied, field,
                     procedure, dossier_hash, counter, staff, lang, ended, suspect, comment,
                     criteria, reasons, seq, created_at, created_offset, received_at,
                     effective_at, clock_skew, fingerprint, clock_skew_seconds, centre_id)
SELECT printf('%08x-0000-4000-8000-%012x', i / 4096, i),
       unit_id || '-k1', unit_id, unit_kind, 'default', overall, overall >= 4, tied,
       CASE WHEN tied THEN CASE (counter * 2 + i % 2) % 6
                               WHEN 0 THEN 'ho-tich' WHEN 1 THEN 'chung-thuc'
                               WHEN 2 THEN 'dat-dai' WHEN 3 THEN 'xay-dung'
                               WHEN 4 THEN 'dau-tu' ELSE 'lao-dong-xa-hoi' END
            ELSE '' END,
       '', '', counter, printf('%s-cb%d', unit_id, counter), 'vi', 'done', 0, '',
       '{}', '[]', seq, at, 25200, at + 2000, at, 0, printf('%064x', i), NULL, centre_id
FROM shaped;
COMMIT;
