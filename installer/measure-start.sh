#!/usr/bin/env bash
# Measures the console's cold start and resident memory as a user meets them, from outside the process:
#   bash installer/measure-start.sh LAUNCHER DATA_DIR [RUNS]
# LAUNCHER is the installed launcher (/opt/ringbook/bin/Ringbook) or any command that opens the console.
# Each run starts a new process (the files it reads are in the OS's cache after the first), times it until the console's window is on the screen (X11: needs
# xdotool; a display from $DISPLAY, else Xvfb is started on :58), then walks through eight conversations
# with the Down key, waits for things to settle and reads the process's resident memory (VmRSS), and
# quits it. Prints one line per run and the median of each figure. The data dir is used as it is, so
# give it a demo business first (`ringbook demo --data-dir DIR`).
set -euo pipefail
LAUNCHER=$1
DATA=$2
RUNS=${3:-5}
command -v xdotool >/dev/null || { echo "needs xdotool" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:58
  if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb :58 -screen 0 1400x900x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  fi
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
STARTS=(); CPUS=(); RSS=()
for run in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  "$LAUNCHER" --data-dir "$DATA" >/dev/null 2>&1 &
  pid=$!
  win=""
  for _ in $(seq 1500); do
    win=$(xdotool search --onlyvisible --name '^Ringbook' 2>/dev/null | head -n 1 || true)
    [ -n "$win" ] && break
    sleep 0.02
  done
  t1=$(date +%s%N)
  [ -n "$win" ] || { echo "run $run: no window after 30 s" >&2; kill "$pid"; exit 1; }
  start_ms=$(( (t1 - t0) / 1000000 ))
  # CPU time the process used up to its window (user + system, all threads): unlike the wall time it
  # hardly moves when other work shares the machine.
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  sleep 2
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  for _ in $(seq 8); do xdotool key --window "$win" Down; sleep 0.4; done
  sleep 3
  rss_mb=$(( $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
  echo "run $run: window after ${start_ms} ms (${cpu_ms} ms of CPU), resident ${rss_mb} MB"
  STARTS+=("$start_ms"); CPUS+=("$cpu_ms"); RSS+=("$rss_mb")
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
done
echo "median of $RUNS: window after $(printf '%s\n' "${STARTS[@]}" | median) ms ($(printf '%s\n' "${CPUS[@]}" | median) ms of CPU), resident $(printf '%s\n' "${RSS[@]}" | median) MB"
