#pragma once
namespace gc::kiosk {
// Settings for the libraries SDL starts, made before SDL_Init; an explicit setting wins.
// - No keyboard input method: the kiosk takes no typed text (every entry is an on-screen
//   keypad), yet X11 parses the locale's whole Compose table (~5 700 lines, ~18 ms of the first
//   frame) for the input method SDL opens.
// - No D-Bus autolaunch: without a session bus, libdbus forks `dbus-launch` during SDL_Init
//   (a kiosk session either has a bus or needs none).
void prepare_library_environment();
}  // namespace gc::kiosk
