# Shared by setup-build.sh and setup-test.sh (sourced, not run).
say() { printf 'setup: %s\n' "$*"; }

# Installs the Debian packages given that are missing (needs root; otherwise prints the
# exact command and stops).
apt_ensure() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "these Debian packages are missing: ${missing[*]}"
    say "run as root:  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
}
