#!/usr/bin/env bash
# Restores a backup made by docker/backup.sh into a NEW database (never over an existing one), then prints what it
# holds. Point the application at the new database (SPRING_DATASOURCE_URL) and start it: rounds, tasks, reports and
# files are as they were at the backup.
#
#   PGHOST=... PGPORT=5432 PGUSER=... PGPASSWORD=...  docker/restore.sh /backup/kehoach-2026-12-02.dump kehoach_restored
#
# The user needs CREATEDB. docs/van-hanh.md §8.
set -euo pipefail

file=${1:?"Cách dùng: docker/restore.sh <tệp sao lưu> <tên cơ sở dữ liệu mới>"}
target=${2:?"Cách dùng: docker/restore.sh <tệp sao lưu> <tên cơ sở dữ liệu mới>"}
if [ ! -f "$file" ]; then
  echo "Không có tệp sao lưu $file." >&2
  exit 2
fi
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --quiet -c "$(basename "$file").sha256") \
    || { echo "Tệp sao lưu $file không khớp mã kiểm tra $file.sha256: tệp hỏng, không phục hồi." >&2; exit 3; }
fi
exists=$(psql -Atqc "select 1 from pg_database where datname = '$target'" postgres)
if [ "$exists" = "1" ]; then
  echo "Cơ sở dữ liệu $target đã có: phục hồi chỉ vào cơ sở dữ liệu mới (không ghi đè dữ liệu đang dùng)." >&2
  exit 2
fi

createdb "$target"
# One transaction: a failed restore leaves an empty database, never half a state.
if ! pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$file"; then
  dropdb "$target"
  echo "Phục hồi không thành; đã xóa cơ sở dữ liệu $target." >&2
  exit 1
fi

count() { psql -Atqc "$1" "$target"; }
echo "Đã phục hồi $file vào $target:"
echo "  phiên bản lược đồ kehoach: $(count "select max(version) from kehoach.flyway_schema_history where success")"
echo "  kỳ báo cáo: $(count "select count(*) from kehoach.report_round"), lần nộp báo cáo: $(count "select count(*) from kehoach.submission"), tệp đính kèm: $(count "select count(*) from kehoach.report_attachment")"
echo "  công việc đang mở: $(count "select count(*) from act_ru_task"), quy trình đang chạy: $(count "select count(*) from act_ru_execution where parent_id_ is null")"
