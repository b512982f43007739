#include "i18n/catalog.hpp"

#include <boost/locale/gnu_gettext.hpp>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <locale>
#include <vector>

namespace gc::i18n {
namespace {

constexpr std::uint32_t kMoMagic = 0x950412de;
constexpr std::uint32_t kMoMagicSwapped = 0xde120495;

// Boost.Locale trusts the offsets inside a .mo file. A truncated or damaged file must give a
// clear message instead of an out-of-bounds read, so the layout is checked here first.
class MoChecker {
public:
    explicit MoChecker(const std::vector<char>& bytes) : m_bytes(bytes) {}

    std::string problem() const {
        if (m_bytes.size() < 28) return "too short for a .mo header";
        const std::uint32_t magic = raw_word(0);
        if (magic != kMoMagic && magic != kMoMagicSwapped) return "not a .mo file (wrong magic number)";
        m_swapped = magic == kMoMagicSwapped;
        if ((word(4) >> 16) != 0) return "unsupported .mo revision";
        const std::uint64_t count = word(8);
        if (count == 0) return "no messages (not even the header)";
        if (auto p = check_table(word(12), count, "original strings"); !p.empty()) return p;
        if (auto p = check_table(word(16), count, "translated strings"); !p.empty()) return p;
        const std::uint64_t hash_size = word(20);
        const std::uint64_t hash_offset = word(24);
        if (hash_size > 0) {
            if (hash_offset + hash_size * 4 > m_bytes.size()) return "hash table outside the file";
            for (std::uint64_t i = 0; i < hash_size; ++i) {
                if (word(hash_offset + i * 4) > count) return "hash table points past the strings";
            }
        }
        return {};
    }

private:
    std::uint32_t raw_word(std::uint64_t offset) const {
        std::uint32_t w = 0;
        std::memcpy(&w, m_bytes.data() + offset, sizeof w);
        return w;
    }
    std::uint32_t word(std::uint64_t offset) const {
        const std::uint32_t w = raw_word(offset);
        return m_swapped ? __builtin_bswap32(w) : w;
    }
    std::string check_table(std::uint64_t table, std::uint64_t count, const char* what) const {
        if (table + count * 8 > m_bytes.size()) return std::string(what) + " table outside the file";
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::uint64_t length = word(table + i * 8);
            const std::uint64_t offset = word(table + i * 8 + 4);
            if (offset + length >= m_bytes.size() || m_bytes[offset + length] != '\0') {
                return std::string(what) + ": entry " + std::to_string(i) + " is outside the file";
            }
        }
        return {};
    }

    const std::vector<char>& m_bytes;
    mutable bool m_swapped = false;
};

std::optional<std::vector<char>> read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return std::nullopt;
    return bytes;
}

constexpr const char* kDomain = "groepsconsult";

}  // namespace

struct Catalog::Impl {
    std::locale owner;  // a facet's destructor is protected: a std::locale owns it
    const boost::locale::message_format<char>* messages = nullptr;
    int domain_id = 0;
};

Catalog::Catalog(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;
Catalog::~Catalog() = default;

std::filesystem::path Catalog::path_for(const std::filesystem::path& locale_dir, const std::string& code) {
    return locale_dir / code / "LC_MESSAGES" / (std::string(kDomain) + ".mo");
}

std::optional<Catalog> Catalog::load(const std::filesystem::path& mo_file, std::string* error) {
    auto fail = [&](const std::string& why) -> std::optional<Catalog> {
        if (error) *error = "message catalog " + mo_file.string() + ": " + why;
        return std::nullopt;
    };
    std::error_code ec;
    if (!std::filesystem::is_regular_file(mo_file, ec)) return fail("missing");
    auto bytes = read_bytes(mo_file);
    if (!bytes) return fail("cannot be read");
    if (auto problem = MoChecker(*bytes).problem(); !problem.empty()) return fail("corrupt (" + problem + ")");

    // Boost.Locale looks catalogs up by language in search paths; we hand it our bytes directly
    // through its loader callback, so the file layout and error messages stay ours.
    boost::locale::gnu_gettext::messages_info info;
    info.language = "catalog";
    info.encoding = "UTF-8";
    info.paths = {"."};
    info.domains = {boost::locale::gnu_gettext::messages_info::domain(kDomain)};
    info.callback = [&bytes](const std::string&, const std::string&) { return *bytes; };
    auto impl = std::make_unique<Impl>();
    try {
        auto* facet = boost::locale::gnu_gettext::create_messages_facet<char>(info);
        if (facet) impl->owner = std::locale(std::locale::classic(), facet);
        impl->messages = facet;
    } catch (const std::exception& e) {
        return fail(std::string("corrupt (") + e.what() + ")");
    }
    if (!impl->messages) return fail("corrupt (not accepted by the gettext reader)");
    impl->domain_id = impl->messages->domain(kDomain);
    return Catalog(std::move(impl));
}

const char* Catalog::find(const char* context, const char* msgid) const {
    return m_impl->messages->get(m_impl->domain_id, context, msgid);
}

const char* Catalog::find_plural(const char* context, const char* singular, unsigned long n) const {
    // Boost takes an int. Plural-Forms only look at n % 10, n % 100 and small bounds, so a huge
    // count keeps its last six digits above 10^6: same form, no overflow.
    const unsigned long in_range = n > 2000000000UL ? 1000000UL + n % 1000000UL : n;
    const int count = static_cast<int>(in_range);
    return m_impl->messages->get(m_impl->domain_id, context, singular, count);
}

const char* Catalog::get(const char* context, const char* msgid) const {
    const char* translated = find(context, msgid);
    return translated ? translated : msgid;
}

const char* Catalog::get_plural(const char* context, const char* singular, const char* plural,
                                unsigned long n) const {
    const char* translated = find_plural(context, singular, n);
    if (translated) return translated;
    return n == 1 ? singular : plural;
}

}  // namespace gc::i18n
