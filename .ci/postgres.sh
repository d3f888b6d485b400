# Sourced by .ci/test.sh: a throwaway PostgreSQL cluster for the tests marked `postgres`.
# start_test_postgres FOLDER makes the cluster in FOLDER, starts it on a free loopback port and exports
# STORESYNC_TEST_POSTGRES_URL (an empty database the tests make their own databases from) and, for the
# tests that restart the server, STORESYNC_TEST_POSTGRES_DATA and STORESYNC_TEST_POSTGRES_BIN.
# PostgreSQL refuses to run as root: as root the cluster belongs to the unprivileged `postgres` user
# (Debian's package makes it; otherwise `storesync-pg` is made here). stop_test_postgres stops it.

postgres_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  if [ -z "$dir" ] && command -v initdb >/dev/null; then dir=$(dirname "$(readlink -f "$(command -v initdb)")"); fi
  echo "$dir"
}

postgres_as_owner() {
  # From the cluster's folder: the unprivileged owner may not be allowed into the checkout's.
  if [ "$(id -u)" = 0 ]; then (cd "$postgres_folder" && runuser -u "$postgres_owner" -- "$@"); else "$@"; fi
}

start_test_postgres() {
  local folder=$1 bin port
  bin=$(postgres_bin_dir)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL not found (as root .ci/setup.sh --test installs it): tests marked postgres will fail"
    return 0
  fi
  postgres_owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    postgres_owner=postgres
    id -u postgres >/dev/null 2>&1 || { id -u storesync-pg >/dev/null 2>&1 || useradd --system storesync-pg; postgres_owner=storesync-pg; }
  fi
  mkdir -p "$folder"
  postgres_folder=$folder
  chown "$postgres_owner" "$folder" 2>/dev/null || true
  chmod 700 "$folder"
  port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  postgres_as_owner "$bin/initdb" -D "$folder/data" -U storesync --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # A test server: nothing it holds must outlive a crash, so no fsync; sockets stay in the folder.
  cat >>"$folder/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
# Counted statements (pg_stat_statements): the tests that check how many queries an answer costs.
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 10000
CONF
  postgres_bin=$bin
  postgres_as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start >/dev/null
  export STORESYNC_TEST_POSTGRES_URL="postgresql://storesync@127.0.0.1:$port/postgres"
  export STORESYNC_TEST_POSTGRES_DATA="$folder/data"
  export STORESYNC_TEST_POSTGRES_BIN="$bin"
  export STORESYNC_TEST_POSTGRES_OWNER="$postgres_owner"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

stop_test_postgres() {
  [ -n "${postgres_folder:-}" ] || return 0
  postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_folder/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$postgres_folder"
}
