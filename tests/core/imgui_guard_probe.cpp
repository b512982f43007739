// Must NOT compile: the core layer may not use ImGui (see gc_forbid_imgui in CMakeLists.txt).
#include <imgui/imgui.h>
int main() { return 0; }
