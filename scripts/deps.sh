#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian/Ubuntu package Guardline needs to build, run and test. Idempotent: a second
# run installs nothing new. Runs as root or through sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # the fuzz preset (tests/fuzz): clang with its libFuzzer/ASan/UBSan runtimes (only recommended by clang-14)
  clang-14 libclang-rt-14-dev
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-multimedia-dev qt6-pdf-dev qt6-serialbus-dev qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
  libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev libglx-dev
  # 3D map (VTK needs MPI found first)
  libvtk9-dev mpi-default-dev
  # vision, video
  libopencv-dev opencv-data libavformat-dev libavcodec-dev libavutil-dev libswscale-dev ffmpeg
  # check-in timestamp watermark OCR (issue #5)
  libtesseract-dev libleptonica-dev tesseract-ocr-eng
  # crypto, QR, telemetry
  libsodium-dev libqrencode-dev qrencode libmosquitto-dev
  # test fixtures and services
  sqlite3 postgresql mosquitto mosquitto-clients xvfb xauth libgl1-mesa-dri
  libgstrtspserver-1.0-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-ugly gstreamer1.0-plugins-bad gstreamer1.0-libav python3-pymodbus
  faketime # the date-sensitive tests run again at other dates
  opencv-doc  # real photo pairs for the vision tests (/usr/share/doc/opencv-doc/examples/data)
  # fonts (Chinese UI and reports), report inspection
  fonts-noto-cjk fonts-dejavu-core poppler-utils
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The postgresql package starts a cluster service on some systems; tests run their own throwaway one.
echo "deps: done"
