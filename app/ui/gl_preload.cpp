#include "ui/gl_preload.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <string>

namespace gc::ui {
namespace {

// Where Mesa's loader looks first: LIBGL_DRIVERS_PATH (its first directory), else the
// distribution's driver directory.
std::string dri_driver_file() {
    const char* env = std::getenv("LIBGL_DRIVERS_PATH");
    std::string dir = env && *env ? std::string(env) : std::string(GC_DRI_DRIVER_DIR);
    dir = dir.substr(0, dir.find(':'));
    return dir + "/swrast_dri.so";
}

}  // namespace

GlDriverPreload::GlDriverPreload()
    : m_thread([file = dri_driver_file()] {
          // The flags Mesa's loader uses, so its own dlopen() only takes a reference. The
          // handle is kept on purpose: closing it could unload the driver before Mesa opens it.
          dlopen(file.c_str(), RTLD_NOW | RTLD_GLOBAL);
      }) {}

GlDriverPreload::~GlDriverPreload() { m_thread.join(); }

}  // namespace gc::ui
