#pragma once
// Texts people read are Dutch (B1) msgids. The core only marks them: N_("...") is extracted by
// xgettext into locales/groepsconsult.pot and translated by the i18n layer at display time.
// The core never translates (nothing translated crosses a layer or a thread).
#define N_(text) text
