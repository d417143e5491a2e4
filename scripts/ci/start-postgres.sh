#!/usr/bin/env bash
# Starts Debian's PostgreSQL for the CMS tests on PostgreSQL and prints the URL to use as
# CLINIC_TEST_POSTGRES_URL. Installs the package if it is missing (needs root, as in CI).
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq postgresql >/dev/null
fi
version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  cluster=main
  pg_createcluster "$version" "$cluster" >/dev/null 2>&1
fi
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true  # "already running" is fine
port=$(pg_lsclusters --no-header | awk -v c="$cluster" '$2 == c {print $3}')
# A password for TCP logins on loopback (Debian's default pg_hba asks for one there).
su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD 'clinic-test'\"" >/dev/null
echo "postgres://postgres:clinic-test@127.0.0.1:${port}/postgres"
