#!/bin/sh
# Runs once, on the postgres container's first start (empty volume), as the bootstrap superuser.
# Creates the application's role: it owns the contractflow database and its public schema and
# nothing else — no superuser, no CREATEDB/CREATEROLE, no pg_execute_server_program, so no
# COPY ... TO PROGRAM (issue 10). The application connects as this role, never as the superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     --set=role="$CONTRACTFLOW_DB_USER" --set=password="$CONTRACTFLOW_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE DATABASE contractflow OWNER :"role";
REVOKE ALL ON DATABASE contractflow FROM PUBLIC;
\connect contractflow
ALTER SCHEMA public OWNER TO :"role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL
