#!/usr/bin/env bash
# Backs up the whole state of Kế hoạch 752 from PostgreSQL into one file: the engine's tables (schema public:
# processes, tasks, history, users, groups) and the application's (schema kehoach: plan versions, rounds, reports and
# every submitted version, returns, uploaded signed files — stored in the database —, proposals, the mail outbox).
# pg_dump reads one consistent snapshot, so the application may keep running.
#
#   PGHOST=... PGPORT=5432 PGUSER=... PGPASSWORD=... PGDATABASE=kehoach  docker/backup.sh /backup/kehoach-2026-12-02.dump
#
# Writes <file> (pg_dump custom format) and <file>.sha256; restore with docker/restore.sh. docs/van-hanh.md §8.
set -euo pipefail

out=${1:?"Cách dùng: docker/backup.sh <tệp sao lưu>  (kết nối qua PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE)"}
: "${PGDATABASE:?Đặt PGDATABASE (tên cơ sở dữ liệu cần sao lưu)}"
if [ -e "$out" ]; then
  echo "Tệp $out đã có: chọn tên khác (sao lưu không ghi đè)." >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
tmp="$out.partial"
trap 'rm -f "$tmp"' EXIT

pg_dump --format=custom --compress=6 --file="$tmp" "$PGDATABASE"
# A dump that pg_restore cannot list is no backup.
pg_restore --list "$tmp" > /dev/null
mv "$tmp" "$out"
trap - EXIT
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")

count() { psql -Atqc "$1" "$PGDATABASE" 2>/dev/null || echo "?"; }
echo "Đã sao lưu $PGDATABASE vào $out ($(du -h "$out" | cut -f1)):"
echo "  phiên bản lược đồ kehoach: $(count "select max(version) from kehoach.flyway_schema_history where success")"
echo "  kỳ báo cáo: $(count "select count(*) from kehoach.report_round"), lần nộp báo cáo: $(count "select count(*) from kehoach.submission"), tệp đính kèm: $(count "select count(*) from kehoach.report_attachment")"
echo "  công việc đang mở: $(count "select count(*) from act_ru_task"), quy trình đang chạy: $(count "select count(*) from act_ru_execution where parent_id_ is null")"
