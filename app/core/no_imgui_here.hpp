// Included via IMGUI_USER_CONFIG by every target that must stay free of the UI toolkit.
#error "Dear ImGui may only be used in app/ui (the core, store and devices layers are tested without a screen)."
