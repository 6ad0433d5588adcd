using System.Text;

namespace Py2Cs.Runtime.Modules.json
{
    /// <summary>String escaping of json.encoder: encode_basestring_ascii and encode_basestring.</summary>
    internal static class JsonText
    {
        /// <summary>A str is UTF-8 text to json (its default encoding); invalid bytes raise UnicodeDecodeError.</summary>
        public static string DecodeUtf8(PyStr s)
        {
            bool ascii = true;
            foreach (byte b in s.Bytes) if (b >= 0x80) { ascii = false; break; }
            if (ascii) return s.ToString();
            byte[] bytes = s.Bytes.ToArray();
            try
            {
                return Py2Cs.Runtime.Modules.codecs.Utf8Codec.Instance.Decode(bytes, "strict");
            }
            catch (Py2Cs.Runtime.Modules.codecs.CodecFailure f)
            {
                throw Ops.Error(PyExceptionTypes.UnicodeDecodeError, PyStr.FromString("utf8"), PyStr.FromBytes(bytes),
                    PyInt.From(f.Start), PyInt.From(f.End), PyStr.FromString(f.Reason));
            }
        }

        /// <summary>A JSON string literal with every non-ASCII character as \uXXXX (ensure_ascii=True).</summary>
        public static void AppendAscii(StringBuilder sb, string text) => AppendQuoted(sb, text, escapeNonAscii: true);

        /// <summary>A JSON string literal that keeps non-ASCII characters (ensure_ascii=False).</summary>
        public static void AppendRaw(StringBuilder sb, string text) => AppendQuoted(sb, text, escapeNonAscii: false);

        /// <summary>The literal of an all-ASCII str straight from its bytes (false, nothing written, when a
        /// byte is not ASCII: the caller decodes it as UTF-8 first).</summary>
        public static bool AppendAsciiBytes(StringBuilder sb, System.ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes) if (b >= 0x80) return false;
            sb.Append('"');
            foreach (byte b in bytes) AppendChar(sb, (char)b, escapeNonAscii: true);
            sb.Append('"');
            return true;
        }

        private static void AppendQuoted(StringBuilder sb, string text, bool escapeNonAscii)
        {
            sb.Append('"');
            foreach (char c in text) AppendChar(sb, c, escapeNonAscii);
            sb.Append('"');
        }

        private static void AppendChar(StringBuilder sb, char c, bool escapeNonAscii)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || (escapeNonAscii && c > 0x7e)) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
    }
}
