#!/bin/sh
# Starts the service with class data sharing, as ./newsroom up does: the first start of an image writes a dynamic
# archive of the classes it loaded when it stops (-XX:ArchiveClassesAtExit), later starts map it
# (-XX:SharedArchiveFile), which halves the CPU a start takes. The archive lives beside the Kafka Streams state
# (a volume in docker-compose), named after this image's jar, so a new image writes its own. Without a writable
# directory, or with NEWSROOM_CDS=off, the service runs without it; an archive the JVM refuses is only a warning.
set -eu
dir="${NEWSROOM_CDS_DIR:-${NEWSROOM_STATE_DIR:-/var/lib/newsroom/state}/cds}"
archive="$dir/app-$(cat /app/build-id).jsa"
if [ "${NEWSROOM_CDS:-on}" = off ] || ! mkdir -p "$dir" 2>/dev/null || [ ! -w "$dir" ]; then
  exec java -jar /app/app.jar "$@"
fi
if [ -s "$archive" ]; then
  exec java -XX:SharedArchiveFile="$archive" -jar /app/app.jar "$@"
fi
rm -f "$dir"/app-*.jsa
exec java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -jar /app/app.jar "$@"
