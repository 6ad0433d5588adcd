using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>Finds a codec by any of its Python 2.7 names and aliases.</summary>
    internal static class CodecRegistry
    {
        static readonly Dictionary<string, Codec> ByName = new Dictionary<string, Codec>
        {
            ["ascii"] = RangeCodec.Ascii, ["646"] = RangeCodec.Ascii, ["us_ascii"] = RangeCodec.Ascii, ["us"] = RangeCodec.Ascii,
            ["latin_1"] = RangeCodec.Latin1, ["latin1"] = RangeCodec.Latin1, ["latin"] = RangeCodec.Latin1, ["l1"] = RangeCodec.Latin1,
            ["iso_8859_1"] = RangeCodec.Latin1, ["iso8859_1"] = RangeCodec.Latin1, ["8859"] = RangeCodec.Latin1,
            ["cp819"] = RangeCodec.Latin1, ["iso_ir_100"] = RangeCodec.Latin1, ["iso8859"] = RangeCodec.Latin1,
            ["utf_8"] = Utf8Codec.Instance, ["utf8"] = Utf8Codec.Instance, ["u8"] = Utf8Codec.Instance, ["utf"] = Utf8Codec.Instance,
            ["utf8_ucs2"] = Utf8Codec.Instance, ["utf8_ucs4"] = Utf8Codec.Instance,
            ["utf_16"] = WideCodec.Utf16, ["utf16"] = WideCodec.Utf16, ["u16"] = WideCodec.Utf16,
            ["utf_16_le"] = WideCodec.Utf16LE, ["utf_16le"] = WideCodec.Utf16LE,
            ["utf_16_be"] = WideCodec.Utf16BE, ["utf_16be"] = WideCodec.Utf16BE,
            ["utf_32"] = WideCodec.Utf32, ["utf32"] = WideCodec.Utf32, ["u32"] = WideCodec.Utf32,
            ["utf_32_le"] = WideCodec.Utf32LE, ["utf_32le"] = WideCodec.Utf32LE,
            ["utf_32_be"] = WideCodec.Utf32BE, ["utf_32be"] = WideCodec.Utf32BE,
            ["cp1252"] = Cp1252Codec.Instance, ["windows_1252"] = Cp1252Codec.Instance, ["1252"] = Cp1252Codec.Instance,
            ["unicode_escape"] = EscapeCodec.Unicode, ["raw_unicode_escape"] = EscapeCodec.RawUnicode,
            ["string_escape"] = EscapeCodec.String,
            ["rot13"] = Rot13Codec.Instance, ["rot_13"] = Rot13Codec.Instance,
            ["hex"] = BinaryCodec.Hex, ["hex_codec"] = BinaryCodec.Hex,
            ["base64"] = BinaryCodec.Base64, ["base_64"] = BinaryCodec.Base64, ["base64_codec"] = BinaryCodec.Base64,
        };

        /// <summary>encodings.normalize_encoding plus lower-casing: "UTF-8" → "utf_8".</summary>
        public static string Normalize(string name)
        {
            var sb = new StringBuilder(name.Length);
            bool pendingUnderscore = false;
            foreach (char ch in name.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(ch) || ch == '.')
                {
                    if (pendingUnderscore && sb.Length > 0) sb.Append('_');
                    pendingUnderscore = false;
                    sb.Append(ch);
                }
                else pendingUnderscore = true;
            }
            return sb.ToString();
        }

        public static Codec Find(string name)
        {
            if (ByName.TryGetValue(name, out Codec c)) return c;
            if (ByName.TryGetValue(Normalize(name), out c)) return c;
            return null;
        }

        public static Codec Lookup(string name) =>
            Find(name) ?? throw new CodecLookupFailure("unknown encoding: " + name);
    }
}
