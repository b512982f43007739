#pragma once
// The host opens the kiosk with the day's passphrase. A wrong one says so and lets them try
// again; nothing is created, overwritten or reset (the store guarantees that).
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

#include <functional>
#include <string>

namespace gc::ui {

class UnlockScreen {
public:
    // Returns nullptr when the database opened, else a Dutch msgid saying why not.
    using TryUnlock = std::function<const char*(const std::string& passphrase)>;

    explicit UnlockScreen(TryUnlock try_unlock) : m_try_unlock(std::move(try_unlock)) {}
    ~UnlockScreen();
    void draw(const Metrics& m, const Fonts& fonts);
    bool unlocked() const { return m_unlocked; }

private:
    void submit();
    void forget_typed();

    TryUnlock m_try_unlock;
    std::string m_typed;
    bool m_show_typed = false;
    bool m_unlocked = false;
    const char* m_error = nullptr;
};

}  // namespace gc::ui
