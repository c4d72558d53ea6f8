# Sourced by the install scripts: installs Debian packages the tests need, as root only.
# apt_install PACKAGE...: exits with a message naming them when not root.

apt_install() {
  local packages=("$@")
  if [[ "$(id -u)" != "0" ]]; then
    echo "install.sh: missing ${packages[*]}; run as root (or: sudo apt-get install ${packages[*]})" >&2
    exit 1
  fi

  echo "Installing Debian's ${packages[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt (an unattended upgrade, a parallel install) may hold the lock for a while.
  local apt_options=(-o DPkg::Lock::Timeout=600)
  apt-get "${apt_options[@]}" update -qq
  apt-get "${apt_options[@]}" install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}
