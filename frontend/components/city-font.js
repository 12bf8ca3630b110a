// Noto Sans KR (SIL Open Font License 1.1, from the Fontsource package @fontsource-variable/noto-sans-kr), served by
// the application itself, never from a font CDN: kiosks can be offline. One variable font for every weight, cut by
// Fontsource into about 120 files by Unicode range (`unicode-range` in each @font-face), so that a browser fetches
// only the files holding characters the page shows, and only when no font named before it in the theme's
// --lumo-font-family has them: machines with a Korean font of their own fetch nothing. `font-display: swap` shows
// the text at once in the font at hand and swaps when the file is there.
import '@fontsource-variable/noto-sans-kr/index.css';
