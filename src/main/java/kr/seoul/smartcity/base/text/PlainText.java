package kr.seoul.smartcity.base.text;

import java.text.Normalizer;

/**
 * Text as people write it, made safe to store and show: composed Unicode (NFC, so that 한글 typed on different
 * systems compares and searches the same), without NUL and other control characters (PostgreSQL refuses NUL; the
 * others only hide things), without the bidirectional overrides that make a name read differently from what it is
 * ({@code report\u202Efdp.exe}), and without zero-width characters that make two equal-looking texts differ.
 * Line breaks and tabs stay.
 */
public final class PlainText {

    private PlainText() {}

    /** The cleaned text; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().filter(PlainText::kept).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean kept(int c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            return false;
        }
        // bidirectional embeddings, overrides and isolates
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return false;
        }
        // zero-width space, joiners and marks, and the byte-order mark inside text
        return !(c == 0x200b || c == 0x200c || c == 0x200d || c == 0x200e || c == 0x200f || c == 0x2060 || c == 0xfeff);
    }
}
