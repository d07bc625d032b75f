// SPDX-License-Identifier: Apache-2.0
// The schema, step by step. Times are UTC epoch milliseconds (%I64%); dates are ISO 'YYYY-MM-DD' text;
// geometry is JSON text in site metres. Codes (area, equipment, permit...) are the stable identifiers
// people see and the audit chain names.
#include "platform/store/Migrations.h"

using namespace Qt::StringLiterals;

namespace gl {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         "domain model, users, audit chain",
         {
             u"CREATE TABLE users (id %PK%, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
             "role TEXT NOT NULL, password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
             "created_at %I64% NOT NULL)"_s,

             u"CREATE TABLE sites (id %PK%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_zh TEXT, "
             "timezone TEXT NOT NULL, origin_lat %REAL% NOT NULL, origin_lon %REAL% NOT NULL, layout TEXT)"_s,
             u"CREATE TABLE areas (id %PK%, site_id %I64% NOT NULL REFERENCES sites(id), code TEXT NOT NULL UNIQUE, "
             "name TEXT NOT NULL, name_zh TEXT, kind TEXT NOT NULL, risk TEXT NOT NULL "
             "CHECK (risk IN ('red','orange','yellow','blue')), polygon TEXT NOT NULL, z_min %REAL% NOT NULL DEFAULT 0, "
             "z_max %REAL% NOT NULL DEFAULT 10)"_s,
             u"CREATE TABLE structures (id %PK%, area_id %I64% REFERENCES areas(id), code TEXT NOT NULL UNIQUE, "
             "name TEXT NOT NULL, kind TEXT NOT NULL, geometry TEXT NOT NULL)"_s,
             u"CREATE TABLE equipment (id %PK%, area_id %I64% NOT NULL REFERENCES areas(id), code TEXT NOT NULL UNIQUE, "
             "qr_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_zh TEXT, kind TEXT NOT NULL, "
             "x %REAL% NOT NULL, y %REAL% NOT NULL, z %REAL% NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE cameras (id %PK%, area_id %I64% REFERENCES areas(id), code TEXT NOT NULL UNIQUE, "
             "name TEXT NOT NULL, url TEXT NOT NULL, credential_ref TEXT, x %REAL% NOT NULL, y %REAL% NOT NULL, "
             "z %REAL% NOT NULL, yaw %REAL% NOT NULL, pitch %REAL% NOT NULL, fov %REAL% NOT NULL, "
             "range_m %REAL% NOT NULL DEFAULT 60)"_s,
             u"CREATE TABLE sensors (id %PK%, area_id %I64% REFERENCES areas(id), equipment_id %I64% REFERENCES equipment(id), "
             "tag TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, unit TEXT NOT NULL, range_lo %REAL%, range_hi %REAL%, "
             "x %REAL% NOT NULL, y %REAL% NOT NULL, z %REAL% NOT NULL DEFAULT 0)"_s,

             u"CREATE TABLE contractors (id %PK%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_zh TEXT, "
             "credit_code TEXT NOT NULL, trade TEXT NOT NULL, status TEXT NOT NULL, contact TEXT, "
             "admitted_on TEXT)"_s,
             u"CREATE TABLE contractor_documents (id %PK%, contractor_id %I64% NOT NULL REFERENCES contractors(id), "
             "kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, size_bytes %I64% NOT NULL DEFAULT 0, "
             "content %BLOB%, issued_on TEXT NOT NULL, expires_on TEXT, created_at %I64% NOT NULL)"_s,
             u"CREATE TABLE people (id %PK%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL "
             "CHECK (kind IN ('employee','contractor_worker')), contractor_id %I64% REFERENCES contractors(id), "
             "id_number TEXT, job TEXT NOT NULL, phone TEXT, briefing_on TEXT, whitelisted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE certificates (id %PK%, person_id %I64% NOT NULL REFERENCES people(id), kind TEXT NOT NULL, "
             "number TEXT NOT NULL, issued_on TEXT NOT NULL, review_on TEXT, expires_on TEXT NOT NULL)"_s,
             u"CREATE TABLE shifts (id %PK%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, start_time TEXT NOT NULL, "
             "end_time TEXT NOT NULL)"_s,
             u"CREATE TABLE shift_assignments (id %PK%, shift_id %I64% NOT NULL REFERENCES shifts(id), "
             "person_id %I64% NOT NULL REFERENCES people(id), work_date TEXT NOT NULL, area_id %I64% REFERENCES areas(id), "
             "UNIQUE (shift_id, person_id, work_date))"_s,

             u"CREATE TABLE permits (id %PK%, code TEXT NOT NULL UNIQUE, type TEXT NOT NULL, grade TEXT NOT NULL, "
             "state TEXT NOT NULL, contractor_id %I64% REFERENCES contractors(id), area_id %I64% NOT NULL REFERENCES areas(id), "
             "equipment_id %I64% REFERENCES equipment(id), title TEXT NOT NULL, polygon TEXT NOT NULL, "
             "z_min %REAL% NOT NULL, z_max %REAL% NOT NULL, starts_at %I64% NOT NULL, ends_at %I64% NOT NULL, "
             "guardian_id %I64% REFERENCES people(id), applicant_id %I64% REFERENCES users(id), "
             "approver_id %I64% REFERENCES users(id), created_at %I64% NOT NULL, updated_at %I64% NOT NULL)"_s,
             u"CREATE TABLE permit_workers (permit_id %I64% NOT NULL REFERENCES permits(id), "
             "person_id %I64% NOT NULL REFERENCES people(id), PRIMARY KEY (permit_id, person_id))"_s,
             u"CREATE TABLE gas_tests (id %PK%, permit_id %I64% NOT NULL REFERENCES permits(id), sampled_at %I64% NOT NULL, "
             "lel_pct %REAL%, o2_pct %REAL%, toxic_ppm %REAL%, passed INTEGER NOT NULL, tester TEXT NOT NULL)"_s,

             u"CREATE TABLE hazards (id %PK%, code TEXT NOT NULL UNIQUE, category TEXT NOT NULL, grade TEXT NOT NULL "
             "CHECK (grade IN ('general','major')), state TEXT NOT NULL, area_id %I64% NOT NULL REFERENCES areas(id), "
             "equipment_id %I64% REFERENCES equipment(id), description TEXT NOT NULL, x %REAL% NOT NULL, y %REAL% NOT NULL, "
             "z %REAL% NOT NULL DEFAULT 0, reporter_id %I64% REFERENCES users(id), assignee_id %I64% REFERENCES people(id), "
             "reported_at %I64% NOT NULL, deadline_at %I64%, closed_at %I64%, updated_at %I64% NOT NULL, plan TEXT)"_s,
             u"CREATE TABLE hazard_photos (id %PK%, hazard_id %I64% NOT NULL REFERENCES hazards(id), kind TEXT NOT NULL, "
             "sha256 TEXT NOT NULL, taken_at %I64%, content %BLOB%, created_at %I64% NOT NULL)"_s,

             u"CREATE TABLE courses (id %PK%, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, title_zh TEXT, "
             "hazard_tags TEXT NOT NULL, validity_months INTEGER NOT NULL)"_s,
             u"CREATE TABLE training_records (id %PK%, person_id %I64% NOT NULL REFERENCES people(id), "
             "course_id %I64% NOT NULL REFERENCES courses(id), completed_on TEXT NOT NULL, score INTEGER, "
             "expires_on TEXT NOT NULL)"_s,

             u"CREATE TABLE alarms (id %PK%, rule_id TEXT NOT NULL, tag TEXT, severity TEXT NOT NULL "
             "CHECK (severity IN ('critical','high','medium','low')), state TEXT NOT NULL, area_id %I64% REFERENCES areas(id), "
             "message TEXT NOT NULL, raised_at %I64% NOT NULL, acked_at %I64%, acked_by TEXT, cleared_at %I64%)"_s,
             u"CREATE TABLE dispatch_orders (id %PK%, code TEXT NOT NULL UNIQUE, alarm_id %I64% REFERENCES alarms(id), "
             "area_id %I64% REFERENCES areas(id), title TEXT NOT NULL, state TEXT NOT NULL, priority TEXT NOT NULL, "
             "assignee_id %I64% REFERENCES users(id), created_at %I64% NOT NULL, due_at %I64%, "
             "detected_at %I64%, verified_at %I64%, responded_at %I64%, confirmed_at %I64%, escalation_level INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE instructions (id %PK%, order_id %I64% REFERENCES dispatch_orders(id), target TEXT NOT NULL, "
             "text TEXT NOT NULL, issued_at %I64% NOT NULL, ack_due_at %I64% NOT NULL, acked_at %I64%, acked_by TEXT)"_s,

             u"CREATE TABLE audit_log (seq %I64% PRIMARY KEY, ts_utc %I64% NOT NULL, actor TEXT NOT NULL, "
             "action TEXT NOT NULL, object_type TEXT NOT NULL, object_id TEXT NOT NULL, area TEXT, equipment TEXT, "
             "details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,

             u"CREATE INDEX idx_permits_state ON permits(state)"_s,
             u"CREATE INDEX idx_hazards_state ON hazards(state)"_s,
             u"CREATE INDEX idx_alarms_raised ON alarms(raised_at)"_s,
             u"CREATE INDEX idx_people_contractor ON people(contractor_id)"_s,
             u"CREATE INDEX idx_audit_object ON audit_log(object_type, object_id)"_s,
         },
         {
             u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
             "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
             u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
             "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
         },
         {
             u"CREATE OR REPLACE FUNCTION guardline_audit_append_only() RETURNS trigger AS $$ "
             "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql"_s,
             u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
             "FOR EACH ROW EXECUTE FUNCTION guardline_audit_append_only()"_s,
             u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
             "FOR EACH STATEMENT EXECUTE FUNCTION guardline_audit_append_only()"_s,
         }},
        {2,
         "permits: cross-work coordinator (GB 30871 §4.7), suspension time",
         {
             u"ALTER TABLE permits ADD COLUMN coordinator_id %I64% REFERENCES people(id)"_s,
             u"ALTER TABLE permits ADD COLUMN suspended_at %I64%"_s,
         },
         {},
         {}},
        // Step 3: issue #7, the hazard closed loop with photo proof. Photos live content-addressed in
        // photo_store (one row per SHA-256, BLOB on both backends); hazard_photos links them to hazards.
        {3,
         "hazards: photo proof, re-inspection tasks",
         {
             u"CREATE TABLE photo_store (sha256 TEXT PRIMARY KEY, format TEXT NOT NULL, width INTEGER NOT NULL, "
             "height INTEGER NOT NULL, size_bytes %I64% NOT NULL, content %BLOB% NOT NULL, created_at %I64% NOT NULL)"_s,
             u"ALTER TABLE hazard_photos ADD COLUMN file_name TEXT"_s,
             u"ALTER TABLE hazard_photos ADD COLUMN exif_time TEXT"_s,
             u"ALTER TABLE hazard_photos ADD COLUMN width INTEGER"_s,
             u"ALTER TABLE hazard_photos ADD COLUMN height INTEGER"_s,
             u"ALTER TABLE hazard_photos ADD COLUMN added_by TEXT"_s,
             u"ALTER TABLE hazard_photos ADD COLUMN check_result TEXT"_s,
             u"ALTER TABLE hazards ADD COLUMN responsible_id %I64% REFERENCES people(id)"_s,
             u"ALTER TABLE hazards ADD COLUMN defect_region TEXT"_s,
             u"ALTER TABLE hazards ADD COLUMN criteria TEXT"_s,
             u"ALTER TABLE hazards ADD COLUMN face_review TEXT"_s,
             u"ALTER TABLE hazards ADD COLUMN overdue_at %I64%"_s,
             u"ALTER TABLE hazards ADD COLUMN escalation_order TEXT"_s,
             u"ALTER TABLE hazards ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE TABLE hazard_tasks (id %PK%, hazard_id %I64% NOT NULL REFERENCES hazards(id), kind TEXT NOT NULL, "
             "cycle_at %I64% NOT NULL, assignee_id %I64% REFERENCES users(id), due_at %I64% NOT NULL, "
             "created_at %I64% NOT NULL, done_at %I64%, outcome TEXT, UNIQUE (hazard_id, kind, cycle_at))"_s,
             u"CREATE TABLE hazard_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at %I64% NOT NULL)"_s,
             u"CREATE TABLE person_portraits (person_id %I64% PRIMARY KEY REFERENCES people(id), sha256 TEXT NOT NULL, "
             "created_at %I64% NOT NULL)"_s,
             u"CREATE INDEX idx_hazard_photos_hazard ON hazard_photos(hazard_id)"_s,
             u"CREATE INDEX idx_hazard_tasks_hazard ON hazard_tasks(hazard_id)"_s,
         },
         {},
         {}},
        {4,
         "reports: archive and schedule runs, dashboards data",
         {
             u"CREATE TABLE report_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at %I64% NOT NULL, "
             "updated_by TEXT NOT NULL)"_s,
             u"CREATE TABLE report_archive (id %PK%, kind TEXT NOT NULL, report_date TEXT NOT NULL, lang TEXT NOT NULL, "
             "origin TEXT NOT NULL CHECK (origin IN ('schedule','manual')), generated_at %I64% NOT NULL, "
             "generated_by TEXT NOT NULL, contractors INTEGER NOT NULL DEFAULT 0, pdf %BLOB% NOT NULL, pdf_sha256 TEXT NOT NULL, "
             "html %BLOB% NOT NULL, html_sha256 TEXT NOT NULL, audit_seq %I64% NOT NULL, UNIQUE (kind, report_date))"_s,
             u"CREATE TABLE hours_worked (id %PK%, period_start TEXT NOT NULL UNIQUE, period_end TEXT NOT NULL, "
             "hours %REAL% NOT NULL CHECK (hours >= 0), headcount INTEGER NOT NULL DEFAULT 0, recorded_at %I64% NOT NULL, "
             "recorded_by TEXT NOT NULL)"_s,
             u"CREATE TABLE safety_incidents (id %PK%, code TEXT NOT NULL UNIQUE, occurred_at %I64% NOT NULL, "
             "area_id %I64% REFERENCES areas(id), classification TEXT NOT NULL CHECK (classification IN "
             "('near_miss','first_aid','medical_treatment','restricted_work','lost_time','fatality')), "
             "lost_days INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL, recorded_at %I64% NOT NULL, "
             "recorded_by TEXT NOT NULL)"_s,
             u"CREATE INDEX idx_reports_incidents_occurred ON safety_incidents(occurred_at)"_s,
             u"CREATE INDEX idx_reports_hazards_reported ON hazards(reported_at)"_s,
             u"CREATE INDEX idx_reports_orders_detected ON dispatch_orders(detected_at)"_s,
         },
         {},
         {}},
        // Step 5: issue #6 (permits) — sign-offs in the standard's order, checklists, camera binding, tickets, gas-log lapses.
        {5,
         "permits: sign-offs, tickets, camera binding",
         {
             u"CREATE TABLE permit_signoffs (id %PK%, permit_id %I64% NOT NULL REFERENCES permits(id), step TEXT NOT NULL, "
             "position INTEGER NOT NULL, user_id %I64% REFERENCES users(id), signer TEXT NOT NULL, role TEXT NOT NULL, "
             "person_code TEXT, on_site INTEGER NOT NULL, place TEXT NOT NULL, note TEXT, signed_at %I64% NOT NULL, "
             "content_sha256 TEXT NOT NULL, voided_at %I64%)"_s,
             u"CREATE INDEX idx_permit_signoffs_permit ON permit_signoffs(permit_id)"_s,
             u"CREATE TABLE permit_checks (permit_id %I64% NOT NULL REFERENCES permits(id), item TEXT NOT NULL, "
             "confirmed_by TEXT NOT NULL, confirmed_at %I64% NOT NULL, PRIMARY KEY (permit_id, item))"_s,
             u"CREATE TABLE permit_cameras (permit_id %I64% NOT NULL REFERENCES permits(id), "
             "camera_id %I64% NOT NULL REFERENCES cameras(id), distance_m %REAL% NOT NULL, bound_at %I64% NOT NULL, "
             "PRIMARY KEY (permit_id, camera_id))"_s,
             u"CREATE TABLE permit_tickets (id %PK%, permit_id %I64% NOT NULL REFERENCES permits(id), sha256 TEXT NOT NULL, "
             "issued_at %I64% NOT NULL, issued_by TEXT NOT NULL)"_s,
             u"CREATE TABLE permit_gas_lapses (permit_id %I64% NOT NULL REFERENCES permits(id), last_sample_at %I64% NOT NULL, "
             "due_at %I64% NOT NULL, alarm_id %I64% REFERENCES alarms(id), PRIMARY KEY (permit_id, last_sample_at))"_s,
             u"ALTER TABLE permits ADD COLUMN suspend_reason TEXT"_s,
             u"ALTER TABLE permits ADD COLUMN suspend_alarm_id %I64% REFERENCES alarms(id)"_s,
         },
         {},
         {}},
        {6,
         "telemetry: tags, samples, rules, alarm life cycle, escalation",
         {
             // Raw samples (kept for the retention period) and 1-minute aggregates (kept for years, for
             // the same-period-last-year comparisons). good = 0 marks bad data: stored, never used as good.
             u"CREATE TABLE tag_samples (tag TEXT NOT NULL, ts %I64% NOT NULL, value %REAL% NOT NULL, "
             "good INTEGER NOT NULL DEFAULT 1)"_s,
             u"CREATE INDEX idx_tag_samples_tag_ts ON tag_samples(tag, ts)"_s,
             u"CREATE INDEX idx_tag_samples_ts ON tag_samples(ts)"_s,
             u"CREATE TABLE tag_minutes (tag TEXT NOT NULL, minute %I64% NOT NULL, n INTEGER NOT NULL, "
             "bad INTEGER NOT NULL, vmin %REAL%, vmax %REAL%, vavg %REAL%, PRIMARY KEY (tag, minute))"_s,
             u"CREATE TABLE telemetry_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             // Alarm rules as data: every saved version is kept; the highest version is active.
             u"CREATE TABLE rule_sets (id %PK%, version INTEGER NOT NULL UNIQUE, content TEXT NOT NULL, "
             "comment TEXT, created_at %I64% NOT NULL, created_by TEXT NOT NULL)"_s,
             // ISA-18.2 shelving and the value that raised the alarm.
             u"ALTER TABLE alarms ADD COLUMN shelved_from TEXT"_s,
             u"ALTER TABLE alarms ADD COLUMN shelved_until %I64%"_s,
             u"ALTER TABLE alarms ADD COLUMN shelve_reason TEXT"_s,
             u"ALTER TABLE alarms ADD COLUMN shelved_by TEXT"_s,
             u"ALTER TABLE alarms ADD COLUMN value %REAL%"_s,
             u"CREATE INDEX idx_alarms_rule_state ON alarms(rule_id, state)"_s,
             // On-duty roster for auto-assignment; escalation and instruction delivery.
             u"CREATE TABLE duty_roster (id %PK%, area_id %I64% REFERENCES areas(id), username TEXT NOT NULL, "
             "starts_at %I64% NOT NULL, ends_at %I64% NOT NULL)"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN escalated_at %I64%"_s,
             u"ALTER TABLE instructions ADD COLUMN sent_via TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN send_error TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN overdue_at %I64%"_s,
         },
         {},
         {}},
        {7,
         "contractors: documents, whitelist, shifts, check-ins",
         {
             // Content-addressed files (document PDFs, check-in photos): one row per SHA-256, in the store
             // itself so that both backends and every workstation see the same bytes.
             u"CREATE TABLE content_blobs (sha256 TEXT PRIMARY KEY, media_type TEXT NOT NULL, size_bytes %I64% NOT NULL, "
             "content %BLOB% NOT NULL, created_at %I64% NOT NULL)"_s,
             u"ALTER TABLE contractor_documents ADD COLUMN pages INTEGER"_s,
             u"ALTER TABLE contractor_documents ADD COLUMN superseded_at %I64%"_s,
             u"CREATE TABLE contractor_tasks (id %PK%, task_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
             "contractor_id %I64% REFERENCES contractors(id), person_id %I64% REFERENCES people(id), object_ref TEXT NOT NULL, "
             "title TEXT NOT NULL, due_on TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('open','done')), "
             "created_at %I64% NOT NULL, closed_at %I64%)"_s,
             u"ALTER TABLE people ADD COLUMN card_no TEXT"_s,
             u"ALTER TABLE people ADD COLUMN whitelist_until TEXT"_s,
             u"CREATE TABLE roster_imports (id %PK%, kind TEXT NOT NULL CHECK (kind IN ('whitelist','shifts')), "
             "source TEXT NOT NULL, imported_at %I64% NOT NULL, actor TEXT NOT NULL, entries TEXT NOT NULL, "
             "added INTEGER NOT NULL, removed INTEGER NOT NULL, changed INTEGER NOT NULL, skipped INTEGER NOT NULL)"_s,
             u"CREATE TABLE registry_checks (id %PK%, contractor_id %I64% NOT NULL REFERENCES contractors(id), "
             "credit_code TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('verified','mismatch','invalid','unverified')), "
             "licence_status TEXT, registered_name TEXT, source TEXT NOT NULL, checked_at %I64% NOT NULL, detail TEXT)"_s,
             u"CREATE TABLE checkin_devices (id %PK%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
             "token_hash TEXT NOT NULL UNIQUE, created_at %I64% NOT NULL, revoked_at %I64%, last_seen_at %I64%)"_s,
             u"CREATE TABLE checkins (id %PK%, person_id %I64% NOT NULL REFERENCES people(id), gate TEXT NOT NULL, "
             "device_id %I64% NOT NULL REFERENCES checkin_devices(id), direction TEXT NOT NULL CHECK (direction IN ('in','out')), "
             "lat %REAL% NOT NULL, lon %REAL% NOT NULL, accuracy_m %REAL% NOT NULL, x %REAL% NOT NULL, y %REAL% NOT NULL, "
             "at %I64% NOT NULL, exif_at %I64% NOT NULL, photo_sha256 TEXT NOT NULL REFERENCES content_blobs(sha256), "
             "created_at %I64% NOT NULL)"_s,
             u"CREATE INDEX idx_checkins_person_at ON checkins(person_id, at)"_s,
             u"CREATE INDEX idx_contractor_tasks_state ON contractor_tasks(state)"_s,
             u"CREATE INDEX idx_registry_checks_contractor ON registry_checks(contractor_id, checked_at)"_s,
         },
         {},
         {}},
        // Step 8 (issue #4): the areas each camera covers (its own area is backfilled), camera credentials
        // encrypted outside the layout (libsodium secretbox; key file outside the store), evidence stills.
        {8,
         "cameras: registry, evidence snapshots",
         {
             u"CREATE TABLE camera_areas (camera_id %I64% NOT NULL REFERENCES cameras(id), "
             "area_id %I64% NOT NULL REFERENCES areas(id), PRIMARY KEY (camera_id, area_id))"_s,
             u"INSERT INTO camera_areas (camera_id, area_id) SELECT id, area_id FROM cameras WHERE area_id IS NOT NULL"_s,
             u"CREATE TABLE camera_credentials (camera_id %I64% PRIMARY KEY REFERENCES cameras(id), key_id TEXT NOT NULL, "
             "nonce %BLOB% NOT NULL, ciphertext %BLOB% NOT NULL, updated_at %I64% NOT NULL)"_s,
             u"CREATE TABLE evidence_snapshots (id %PK%, camera_id %I64% REFERENCES cameras(id), camera_code TEXT NOT NULL, "
             "camera_name TEXT NOT NULL, taken_at %I64% NOT NULL, time_zone TEXT NOT NULL, width INTEGER NOT NULL, "
             "height INTEGER NOT NULL, sha256 TEXT NOT NULL, size_bytes %I64% NOT NULL, content %BLOB% NOT NULL, "
             "created_by TEXT NOT NULL, created_at %I64% NOT NULL)"_s,
             u"CREATE TABLE evidence_links (id %PK%, snapshot_id %I64% NOT NULL REFERENCES evidence_snapshots(id), "
             "object_type TEXT NOT NULL CHECK (object_type IN ('hazard','permit')), object_code TEXT NOT NULL, note TEXT, "
             "linked_by TEXT NOT NULL, linked_at %I64% NOT NULL, UNIQUE (snapshot_id, object_type, object_code))"_s,
             u"CREATE INDEX idx_evidence_links_object ON evidence_links(object_type, object_code)"_s,
             u"CREATE INDEX idx_evidence_camera ON evidence_snapshots(camera_code, taken_at)"_s,
         },
         {},
         {}},
        // Step 9 (issue #8): reserved — dispatch procedures.
        {9,
         "dispatch procedures",
         {
             // The steps of the procedure attached to the order's alarm type (resources/config/procedures.json),
             // copied when the order opens so that later edits of the file do not change a running order.
             u"CREATE TABLE order_steps (id %PK%, order_id %I64% NOT NULL REFERENCES dispatch_orders(id), seq INTEGER NOT NULL, "
             "procedure_id TEXT NOT NULL, title_en TEXT NOT NULL, title_zh TEXT NOT NULL, step_key TEXT NOT NULL, text_en TEXT NOT NULL, "
             "text_zh TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','done','skipped')), "
             "marked_at %I64%, marked_by TEXT, skip_reason TEXT, out_of_order INTEGER NOT NULL DEFAULT 0, "
             "UNIQUE (order_id, seq))"_s,
             u"CREATE INDEX idx_order_steps_state ON order_steps(state)"_s,
             // Notifications to a user (skipped steps to the area supervisor), shown on the board until read.
             u"CREATE TABLE notifications (id %PK%, recipient TEXT NOT NULL, kind TEXT NOT NULL, object_type TEXT NOT NULL, "
             "object_id TEXT NOT NULL, area TEXT, text TEXT NOT NULL, created_at %I64% NOT NULL, read_at %I64%)"_s,
             u"CREATE INDEX idx_notifications_recipient ON notifications(recipient, read_at)"_s,
         },
         {},
         {}},
        // Step 10 (issue #5): reserved — contractor admission UI.
        {10,
         "contractor gates and imports",
         {
             // The timestamp watermark read from the check-in panorama's pixels (OCR), next to its EXIF time.
             u"ALTER TABLE checkins ADD COLUMN watermark_at %I64%"_s,
             u"ALTER TABLE checkins ADD COLUMN watermark_text TEXT"_s,
         },
         {},
         {}},
        // Step 11 (issue #7): reserved — hazard report drafts.
        {11,
         "hazard report drafts",
         {
             // A half-filled report form per user (never a hazard: no audit entry until it is submitted).
             u"CREATE TABLE hazard_drafts (id %PK%, owner TEXT NOT NULL, fields TEXT NOT NULL, "
             "created_at %I64% NOT NULL, updated_at %I64% NOT NULL)"_s,
             u"CREATE INDEX idx_hazard_drafts_owner ON hazard_drafts(owner, updated_at)"_s,
             // Its photos as attached (bytes not yet checked), or the evidence still chosen as the panorama.
             u"CREATE TABLE hazard_draft_photos (id %PK%, draft_id %I64% NOT NULL REFERENCES hazard_drafts(id), "
             "kind TEXT NOT NULL, file_name TEXT NOT NULL, evidence_id %I64%, sha256 TEXT NOT NULL, "
             "size_bytes %I64% NOT NULL, content %BLOB%, UNIQUE (draft_id, kind))"_s,
         },
         {},
         {}},
        // Step 12 (issue #3): a site layout's mesh files, kept with the layout so every workstation draws them.
        {12,
         "site layout meshes",
         {
             u"CREATE TABLE site_meshes (id %PK%, file TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, size_bytes %I64% NOT NULL, "
             "content %BLOB% NOT NULL, imported_at %I64% NOT NULL)"_s,
         },
         {},
         {}},
        // Step 13 (issue #15): the site service (guardline-server). The active server's heartbeat, one row per
        // store (id 1), read by the command center to show the service's state; the telemetry settings
        // of the site (the accepted sample time window).
        {13,
         "site service heartbeat",
         {
             u"CREATE TABLE service_heartbeat (id INTEGER PRIMARY KEY, host TEXT NOT NULL, pid %I64% NOT NULL, "
             "started_at %I64% NOT NULL, heartbeat_at %I64% NOT NULL, rule_version INTEGER NOT NULL DEFAULT 0, "
             "last_sample_at %I64%, connectors TEXT NOT NULL, status TEXT NOT NULL)"_s,
             u"CREATE TABLE telemetry_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at %I64% NOT NULL)"_s,
         },
         {},
         {}},
        // Step 14 (issue #17): going live. Admission is computed by a rule (ContractorAdmission.h): the
        // stored status only says whether the company is suspended; an injury-insurance payment proof
        // states the period it covers; failed sign-ins are counted per user name for the lockout.
        {14,
         "go live: contractor suspension, insurance periods, sign-in throttling",
         {
             u"ALTER TABLE contractor_documents ADD COLUMN covers_from TEXT"_s,
             u"ALTER TABLE contractor_documents ADD COLUMN covers_to TEXT"_s,
             // Before this step the paid period of a proof was its issue..expiry dates.
             u"UPDATE contractor_documents SET covers_from = issued_on, covers_to = expires_on WHERE kind = 'injury_insurance'"_s,
             u"ALTER TABLE contractors ADD COLUMN suspend_reason TEXT"_s,
             u"ALTER TABLE contractors ADD COLUMN suspended_at %I64%"_s,
             u"UPDATE contractors SET status = 'active' WHERE status <> 'suspended'"_s,
             u"CREATE TABLE sign_in_failures (username TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
             "last_failure_at %I64% NOT NULL, locked_until %I64% NOT NULL DEFAULT 0)"_s,
         },
         {},
         {}},
        // Step 15 (issue 16): the interruption-time phases from real events (CONTRACTS.md 6.4). An alarm keeps
        // the moment its condition began (the first sample that made the rule true, or --observed-at of a
        // manual alarm) and who raised it by hand; an order keeps each step's time. From this step on,
        // dispatch_orders.detected_at = the condition began, raised_at = the alarm raised, verified_at = the
        // dispatcher's acknowledgement of the alarm (no longer the assignment: that is assigned_at),
        // responded_at = the responder on scene (`arrive`), confirmed_at = the dispatcher's confirmation.
        {15,
         "dispatch operations: alarm onset, order step times",
         {
             u"ALTER TABLE alarms ADD COLUMN began_at %I64%"_s,
             u"ALTER TABLE alarms ADD COLUMN raised_by TEXT"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN raised_at %I64%"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN assigned_at %I64%"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN accepted_at %I64%"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN resolved_at %I64%"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN note TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN kind TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN reason TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN issued_by TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN sent_at %I64%"_s,
             // Orders written before: the assignment time was stored as verified_at; an alarm's order is
             // verified by the alarm's acknowledgement; an order without an alarm was raised when opened.
             u"UPDATE alarms SET began_at = raised_at"_s,
             u"UPDATE dispatch_orders SET assigned_at = verified_at WHERE assignee_id IS NOT NULL"_s,
             u"UPDATE dispatch_orders SET raised_at = COALESCE((SELECT al.raised_at FROM alarms al WHERE al.id = dispatch_orders.alarm_id), "
             "created_at)"_s,
             u"UPDATE dispatch_orders SET verified_at = (SELECT al.acked_at FROM alarms al WHERE al.id = dispatch_orders.alarm_id) "
             "WHERE alarm_id IS NOT NULL"_s,
             u"UPDATE dispatch_orders SET resolved_at = confirmed_at WHERE state IN ('resolved','confirmed') AND resolved_at IS NULL"_s,
             u"UPDATE dispatch_orders SET accepted_at = responded_at WHERE responded_at IS NOT NULL"_s,
         },
         {},
         {}},
        // Step 16 (issue #18): the audit chain keyed with an HMAC under a key kept outside the store. Entries
        // get a MAC; Schema::migrate then runs AuditLog::keyChain, which creates the key on first use, seals
        // the entries written so far (no MAC) and records every account's state in the chain.
        {16,
         "audit chain keyed (HMAC), user accounts chained",
         {
             u"ALTER TABLE audit_log ADD COLUMN mac TEXT"_s,
         },
         {},
         {}},
        // Step 17 (issue 16 item 9): the operator's language. An alarm raised by a rule with a `name_zh` keeps
        // its message in Chinese too, and its order the title (the dispatch action's `text_zh`); each
        // workstation shows the text of its interface language. Older rows have only the English text.
        {17,
         "bilingual alarm messages and order titles",
         {
             u"ALTER TABLE alarms ADD COLUMN message_zh TEXT"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN title_zh TEXT"_s,
         },
         {},
         {}},
        // Step 18 (issue #17): a worker who left the contractor or the site stays on record (permits, check-ins
        // and the audit chain name them) but is refused on new permits: the day they left and why. Shift kinds
        // defined on site (`shifts define-kind`) carry a Chinese name too.
        {18,
         "workers who left, shift kinds' Chinese names",
         {
             u"ALTER TABLE people ADD COLUMN left_on TEXT"_s,
             u"ALTER TABLE people ADD COLUMN left_reason TEXT"_s,
             u"ALTER TABLE shifts ADD COLUMN name_zh TEXT"_s,
         },
         {},
         {}},
        // Step 19 (issue #18): an alarm's order is found by its alarm (acknowledging an alarm updates its order;
        // the crash harness checks one order per alarm). Without the index each acknowledgement scanned the
        // whole order history, and the SIGKILL benchmark slowed down as the store grew.
        {19,
         "index of dispatch orders by alarm",
         {
             u"CREATE INDEX idx_orders_alarm ON dispatch_orders(alarm_id)"_s,
         },
         {},
         {}},
        // Step 20 (issue 16 item 9): the operator's language for the texts the services compose and store. A
        // notification (a rule's `notify` action, a skipped procedure step), a contractor task (a document or
        // certificate to renew) and an instruction (a rule's, or a standard one by kind) keep their text in
        // Chinese too; each workstation shows the text of its interface language. Older rows: English only.
        {20,
         "bilingual notifications, contractor tasks and instructions",
         {
             u"ALTER TABLE notifications ADD COLUMN text_zh TEXT"_s,
             u"ALTER TABLE contractor_tasks ADD COLUMN title_zh TEXT"_s,
             u"ALTER TABLE instructions ADD COLUMN text_zh TEXT"_s,
         },
         {},
         {}},
        // Step 21 (issue #15): optimistic concurrency. Permits, hazards, dispatch orders and alarms carry a row
        // version that every change raises (the services in the UPDATE itself; a trigger per backend raises it
        // for any UPDATE that left it alone, so no writer can forget). A person acts on the version their view
        // showed; a row changed since is refused as a conflict naming who changed it (ServiceBase::requireVersion).
        {21,
         "row versions of permits, hazards, dispatch orders and alarms",
         {
             u"ALTER TABLE permits ADD COLUMN row_version %I64% NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE hazards ADD COLUMN row_version %I64% NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE dispatch_orders ADD COLUMN row_version %I64% NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE alarms ADD COLUMN row_version %I64% NOT NULL DEFAULT 1"_s,
         },
         {
             u"CREATE TRIGGER permits_row_version AFTER UPDATE ON permits FOR EACH ROW WHEN NEW.row_version = OLD.row_version "
             "BEGIN UPDATE permits SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END"_s,
             u"CREATE TRIGGER hazards_row_version AFTER UPDATE ON hazards FOR EACH ROW WHEN NEW.row_version = OLD.row_version "
             "BEGIN UPDATE hazards SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END"_s,
             u"CREATE TRIGGER dispatch_orders_row_version AFTER UPDATE ON dispatch_orders FOR EACH ROW WHEN NEW.row_version = OLD.row_version "
             "BEGIN UPDATE dispatch_orders SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END"_s,
             u"CREATE TRIGGER alarms_row_version AFTER UPDATE ON alarms FOR EACH ROW WHEN NEW.row_version = OLD.row_version "
             "BEGIN UPDATE alarms SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END"_s,
         },
         {
             u"CREATE OR REPLACE FUNCTION guardline_bump_row_version() RETURNS trigger AS $$ "
             "BEGIN IF NEW.row_version = OLD.row_version THEN NEW.row_version := OLD.row_version + 1; END IF; "
             "RETURN NEW; END $$ LANGUAGE plpgsql"_s,
             u"CREATE TRIGGER permits_row_version BEFORE UPDATE ON permits FOR EACH ROW EXECUTE FUNCTION guardline_bump_row_version()"_s,
             u"CREATE TRIGGER hazards_row_version BEFORE UPDATE ON hazards FOR EACH ROW EXECUTE FUNCTION guardline_bump_row_version()"_s,
             u"CREATE TRIGGER dispatch_orders_row_version BEFORE UPDATE ON dispatch_orders FOR EACH ROW EXECUTE FUNCTION guardline_bump_row_version()"_s,
             u"CREATE TRIGGER alarms_row_version BEFORE UPDATE ON alarms FOR EACH ROW EXECUTE FUNCTION guardline_bump_row_version()"_s,
         }},
    };
    return list;
}

} // namespace gl
