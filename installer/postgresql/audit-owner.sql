-- SPDX-License-Identifier: Apache-2.0
-- Guardline on PostgreSQL: the application role no longer owns the store, and may only read and append
-- audit entries (docs/OPERATIONS.md "Several workstations: PostgreSQL", docs/SECURITY.md "Audit chain").
--
-- Run once, after `guardlinectl init` created the schema with the application role, connected to the
-- Guardline database as a superuser (or a role that is a member of both roles below):
--
--   psql "postgresql://postgres@db-host/guardline" -v app_role=guardline -v owner_role=guardline_owner \
--        -f /usr/share/guardline/postgresql/audit-owner.sql
--
-- Afterwards:
--   * owner_role (NOLOGIN) owns the database, the schema, every table, sequence and function of Guardline;
--   * app_role keeps SELECT, INSERT, UPDATE, DELETE on the other tables (and the sequences), and only
--     SELECT, INSERT on audit_log: it can neither change nor remove an audit row, nor disable the
--     append-only triggers, nor drop or replace the table;
--   * tables created later by owner_role (future schema steps) give app_role the same rights.
-- Schema upgrades (`guardlinectl init` of a newer Guardline) must then run as a login that is a member of
-- owner_role, e.g.  GRANT guardline_owner TO dba;  and  guardlinectl --db postgresql://dba@db-host/guardline init
-- (a migration run as app_role stops with "must be owner of table ..." and changes nothing).
-- Idempotent: running it again changes nothing.
\set ON_ERROR_STOP on
\if :{?app_role}
\else
  DO $$ BEGIN RAISE EXCEPTION 'audit-owner.sql: set the application role with -v app_role=NAME'; END $$;
\endif
\if :{?owner_role}
\else
  \set owner_role guardline_owner
\endif

BEGIN;
SELECT format('CREATE ROLE %I NOLOGIN', :'owner_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner_role') \gexec

-- What app_role owns in this database passes to owner_role: its tables (with their indexes and the
-- sequences of their id columns), its functions (the append-only trigger), the schema and the database.
SELECT format('ALTER TABLE %I.%I OWNER TO %I', schemaname, tablename, :'owner_role')
  FROM pg_tables WHERE schemaname = 'public' AND tableowner = :'app_role' \gexec
SELECT format('ALTER SEQUENCE %s OWNER TO %I', c.oid::regclass, :'owner_role')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) = :'app_role' \gexec
SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, :'owner_role')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = :'app_role' \gexec
ALTER SCHEMA public OWNER TO :"owner_role";
ALTER DATABASE :"DBNAME" OWNER TO :"owner_role";

GRANT CONNECT ON DATABASE :"DBNAME" TO :"app_role";
GRANT USAGE ON SCHEMA public TO :"app_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"app_role";

-- The audit chain: read and append only.
REVOKE ALL ON audit_log FROM PUBLIC;
REVOKE ALL ON audit_log FROM :"app_role";
GRANT SELECT, INSERT ON audit_log TO :"app_role";
COMMIT;

\echo 'audit-owner.sql: done; check with: guardlinectl audit verify (as the application role)'
