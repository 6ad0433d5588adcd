using System;

namespace Py2Cs.Runtime.Modules.pickle
{
    /// <summary>The STRING opcode's argument: repr() of a str, quoted, decoded with string_escape.</summary>
    internal static class StringEscape
    {
        /// <param name="cPickle">cPickle gets the whole line and strips every trailing byte up to ' '
        /// (so a last line without its newline still decodes); pickle.py gets readline()[:-1].</param>
        public static byte[] DecodeQuoted(ReadOnlySpan<byte> text, bool cPickle = false)
        {
            // Strip trailing whitespace as pickle.py's rstrip() does, then require matching quotes.
            int end = text.Length;
            while (end > 0 && (cPickle ? text[end - 1] <= ' ' : text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) end--;
            text = text[..end];
            if (text.Length < 2 || (text[0] != '"' && text[0] != '\'') || text[^1] != text[0])
                throw Ops.ValueError("insecure string pickle");
            text = text[1..^1];
            var result = new ByteBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                byte b = text[i];
                if (b != '\\' || i + 1 >= text.Length) { result.Append(b); continue; }
                byte c = text[++i];
                switch (c)
                {
                    case (byte)'n': result.Append((byte)'\n'); break;
                    case (byte)'t': result.Append((byte)'\t'); break;
                    case (byte)'r': result.Append((byte)'\r'); break;
                    case (byte)'a': result.Append((byte)7); break;
                    case (byte)'b': result.Append((byte)8); break;
                    case (byte)'f': result.Append((byte)12); break;
                    case (byte)'v': result.Append((byte)11); break;
                    case (byte)'\\': case (byte)'\'': case (byte)'"': result.Append(c); break;
                    case (byte)'\n': break;
                    case (byte)'x' when i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]):
                        result.Append((byte)(Hex(text[i + 1]) * 16 + Hex(text[i + 2])));
                        i += 2;
                        break;
                    case >= (byte)'0' and <= (byte)'7':
                    {
                        int v = c - '0';
                        for (int k = 0; k < 2 && i + 1 < text.Length && text[i + 1] >= '0' && text[i + 1] <= '7'; k++) v = v * 8 + (text[++i] - '0');
                        result.Append((byte)v);
                        break;
                    }
                    default: result.Append((byte)'\\').Append(c); break;
                }
            }
            return result.AsSpan().ToArray();
        }

        static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
        static int Hex(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
    }
}
