#!/usr/bin/env bash
# A private CUPS scheduler for the print tests and the demo; never touches /etc/cups or /run/cups.
#   private-cupsd.sh start ROOT FIXTURES   ROOT must be below /tmp (it is wiped first)
#   private-cupsd.sh stop ROOT
# The scheduler listens only on ROOT/run/cups.sock (no TCP port to collide with). Queues:
#   KioskTest     test backend, writes ROOT/out/test/job-<id>.pdf
#   KioskPDF      file: device, ROOT/out/KioskPDF.pdf (overwritten by each job)
#   KioskStopped  like KioskTest, but paused (cupsdisable)
#   KioskRejecting like KioskTest, but rejecting jobs (cupsreject)
#   KioskPaperOut test backend reporting media-empty, which stops the queue
#   KioskFail     test backend failing every job (error policy abort-job)
# KioskTest is the default destination.
# cupsd runs as root and hands jobs to backends as user lp, as on a real kiosk.
set -euo pipefail
action=${1:?start|stop} root=${2:?root}
case "$root" in /tmp/?*) ;; *) echo "refusing CUPS root outside /tmp: $root" >&2; exit 2 ;; esac
pidfile=$root/run/cupsd.fixture.pid
export CUPS_SERVER=$root/run/cups.sock

stop() {
    [ -f "$pidfile" ] || return 0
    local pid; pid=$(cat "$pidfile")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

if [ "$action" = stop ]; then stop; exit 0; fi
fixtures=${3:?fixtures dir}
[ "$(id -u)" -eq 0 ] || { echo "the private cupsd must be started as root (it drops jobs to lp)" >&2; exit 1; }

stop
rm -rf "$root"
mkdir -p "$root"/{etc/ppd,etc/ssl,spool/tmp,cache,run,log,out/test,out/fail,lib/backend}
# ServerBin: the system's filters and helpers, plus our backend (root-owned, 0755, or cupsd refuses it).
for d in /usr/lib/cups/*; do
    [ "$(basename "$d")" = backend ] || ln -s "$d" "$root/lib/$(basename "$d")"
done
ln -s /usr/lib/cups/backend/* "$root/lib/backend/"
install -m 0755 -o root -g root "$fixtures/kiosktest" "$root/lib/backend/kiosktest"

cat >"$root/etc/cups-files.conf" <<CONF
FileDevice Yes
ServerRoot $root/etc
RequestRoot $root/spool
TempDir $root/spool/tmp
CacheDir $root/cache
StateDir $root/run
ServerBin $root/lib
AccessLog $root/log/access_log
ErrorLog $root/log/error_log
PageLog $root/log/page_log
ServerKeychain $root/etc/ssl
Printcap $root/run/printcap
User lp
Group lp
SystemGroup root
CONF
cat >"$root/etc/cupsd.conf" <<CONF
LogLevel debug
Listen $root/run/cups.sock
Browsing No
BrowseLocalProtocols none
DefaultAuthType None
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
chown -R root:lp "$root"/{etc,spool,cache,run,log,out}
chmod -R g+rwX "$root"/{spool,cache,run,log,out}
chmod 0755 "$root" "$root/lib"

cupsd -t -c "$root/etc/cupsd.conf" -s "$root/etc/cups-files.conf" >"$root/log/config-check" 2>&1 \
    || { cat "$root/log/config-check" >&2; exit 1; }
cupsd -f -c "$root/etc/cupsd.conf" -s "$root/etc/cups-files.conf" >"$root/log/cupsd.stdout" 2>&1 &
echo $! >"$pidfile"
for _ in $(seq 500); do  # lpstat -r exits 0 either way: compare its text
    [ "$(lpstat -r 2>/dev/null)" = "scheduler is running" ] && break
    sleep 0.01
done
[ "$(lpstat -r 2>/dev/null)" = "scheduler is running" ] || { echo "private cupsd did not start" >&2; cat "$root/log/cupsd.stdout" >&2; exit 1; }

ppd=$fixtures/kiosk-pdf.ppd
add() { lpadmin -p "$1" -E -v "$2" -P "$ppd" -o printer-error-policy=abort-job 2>/dev/null; }
add KioskTest "kiosktest:$root/out/test?mode=ok"
add KioskPDF "file://$root/out/KioskPDF.pdf"
add KioskStopped "kiosktest:$root/out/test?mode=ok"
add KioskRejecting "kiosktest:$root/out/test?mode=ok"
add KioskPaperOut "kiosktest:$root/out/test?mode=paperout"
add KioskFail "kiosktest:$root/out/fail?mode=fail"
lpadmin -d KioskTest
cupsdisable KioskStopped
cupsreject KioskRejecting
lpstat -p >/dev/null
echo "private cupsd running: CUPS_SERVER=$CUPS_SERVER"
