using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.binascii
{
    /// <summary>binascii's quoted-printable (RFC 1521) as binascii.c does it: 76-character lines with
    /// soft breaks, CRLF output when the first line ends in CRLF, trailing blanks protected.</summary>
    public static class QuotedPrintable
    {
        const int MaxLineSize = 76;
        const string HexDigits = "0123456789ABCDEF";

        public static byte[] Decode(ReadOnlySpan<byte> data, bool header)
        {
            var output = new List<byte>(data.Length);
            int i = 0, n = data.Length;
            while (i < n)
            {
                byte c = data[i];
                if (c == '=')
                {
                    i++;
                    if (i >= n) break;
                    if (data[i] == '\n' || data[i] == '\r')
                    {
                        // soft line break: skip to the end of the line
                        if (data[i] != '\n')
                            while (i < n && data[i] != '\n') i++;
                        if (i < n) i++;
                    }
                    else if (data[i] == '=')
                    {
                        output.Add((byte)'='); // what broken encoders write for '='
                        i++;
                    }
                    else if (i + 1 < n && HexValue(data[i]) >= 0 && HexValue(data[i + 1]) >= 0)
                    {
                        output.Add((byte)(HexValue(data[i]) << 4 | HexValue(data[i + 1])));
                        i += 2;
                    }
                    else output.Add((byte)'=');
                }
                else if (header && c == '_')
                {
                    output.Add((byte)' ');
                    i++;
                }
                else
                {
                    output.Add(c);
                    i++;
                }
            }
            return output.ToArray();
        }

        static int HexValue(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        public static byte[] Encode(ReadOnlySpan<byte> data, bool quoteTabs, bool isText, bool header)
        {
            int n = data.Length;
            int firstNewline = data.IndexOf((byte)'\n');
            bool crlf = firstNewline > 0 && data[firstNewline - 1] == '\r';
            var output = new List<byte>(n + n / 4 + 8);
            int i = 0, lineLength = 0;
            void SoftBreak()
            {
                output.Add((byte)'=');
                if (crlf) output.Add((byte)'\r');
                output.Add((byte)'\n');
                lineLength = 0;
            }
            void Quote(byte b)
            {
                output.Add((byte)'=');
                output.Add((byte)HexDigits[b >> 4]);
                output.Add((byte)HexDigits[b & 0xf]);
            }
            while (i < n)
            {
                byte c = data[i];
                if (NeedsQuoting(data, i, lineLength, quoteTabs, isText, header))
                {
                    if (lineLength + 3 >= MaxLineSize) SoftBreak();
                    Quote(c);
                    i++;
                    lineLength += 3;
                }
                else if (isText && (c == '\n' || (i + 1 < n && c == '\r' && data[i + 1] == '\n')))
                {
                    lineLength = 0;
                    // a blank at the end of a line would be lost in transit: quote it
                    int last = output.Count - 1;
                    if (last >= 0 && (output[last] == ' ' || output[last] == '\t'))
                    {
                        byte blank = output[last];
                        output.RemoveAt(last);
                        Quote(blank);
                    }
                    if (crlf) output.Add((byte)'\r');
                    output.Add((byte)'\n');
                    i += c == '\r' ? 2 : 1;
                }
                else
                {
                    if (i + 1 != n && data[i + 1] != '\n' && lineLength + 1 >= MaxLineSize) SoftBreak();
                    lineLength++;
                    output.Add(header && c == ' ' ? (byte)'_' : c);
                    i++;
                }
            }
            return output.ToArray();
        }

        static bool NeedsQuoting(ReadOnlySpan<byte> d, int i, int lineLength, bool quoteTabs, bool isText, bool header)
        {
            byte c = d[i];
            int n = d.Length;
            return c > 126
                || c == '='
                || (header && c == '_')
                || (c == '.' && lineLength == 0 && (i + 1 == n || d[i + 1] == '\n' || d[i + 1] == '\r' || d[i + 1] == 0))
                || (!isText && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && i + 1 == n)
                || (c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')));
        }
    }
}
