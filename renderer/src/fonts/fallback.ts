// The full Noto Sans SC and TC as fontsource's unicode-range slices (412 @font-face rules): a
// browser fetches only the slices a page's text needs. They back the console's cut font
// (styles/ui-font.css) for anything outside it, such as a rare character in a typed name, and
// give the zh-TW projector its Traditional glyph forms. Loaded after the first screen
// (load-fallback.ts) because parsing the rules alone costs the first screen tens of milliseconds.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-tc/400.css';
import '@fontsource/noto-sans-tc/700.css';
