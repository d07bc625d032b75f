// SPDX-License-Identifier: Apache-2.0
// The schema, step by step. Times are UTC epoch milliseconds (%I64%); dates are ISO 'YYYY-MM-DD' text;
// geometry is JSON text in site metres. Codes (area, equipment, permit...) are the stable identifiers
// people see and the audit chain names.
#include "core/store/Migrations.h"

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
        // Step 3 is reserved for issue #7 work in progress; it is a no-op until that work lands.
        {3,
         "hazards: photo proof, re-inspection tasks",
         {},
         {},
         {}},
        // Step 4 is reserved for issue #9 work in progress; it is a no-op until that work lands.
        {4,
         "reports: archive and schedule runs, dashboards data",
         {},
         {},
         {}},
        // Step 5 is reserved for issue #6 work in progress; it is a no-op until that work lands.
        {5,
         "permits: sign-offs, tickets, camera binding",
         {},
         {},
         {}},
        // Step 6 is reserved for issue #8 work in progress; it is a no-op until that work lands.
        {6,
         "telemetry: tags, samples, rules, alarm life cycle, escalation",
         {},
         {},
         {}},
        // Step 7 is reserved for issue #5 work in progress; it is a no-op until that work lands.
        {7,
         "contractors: documents, whitelist, shifts, check-ins",
         {},
         {},
         {}},
        // Step 8 is reserved for issue #4 work in progress; it is a no-op until that work lands.
        {8,
         "cameras: registry, evidence snapshots",
         {},
         {},
         {}},
    };
    return list;
}

} // namespace gl
