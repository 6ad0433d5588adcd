using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.binascii
{
    /// <summary>binascii's uuencode lines (binascii.c's a2b_uu/b2a_uu): a length character, then six
    /// bits per character offset from ' '; 2.7 writes ' ' (not '`') for zero.</summary>
    public static class UuCodec
    {
        /// <summary>The error texts are binascii.Error's; null result never happens.</summary>
        public static byte[] Decode(ReadOnlySpan<byte> ascii, out string error)
        {
            error = null;
            int pos = 0, len = ascii.Length;
            // The first character is the byte count; binascii.c reads the C string's NUL when empty.
            int binLen = ((len > 0 ? ascii[pos++] : 0) - ' ') & 0x3f;
            len--;
            var result = new byte[binLen];
            int outPos = 0;
            uint leftChar = 0;
            int leftBits = 0;
            for (; binLen > 0; len--, pos++)
            {
                int ch = len > 0 ? ascii[pos] : 0;
                if (ch == '\n' || ch == '\r' || len <= 0)
                    ch = 0; // spaces eaten at the end of the line
                else
                {
                    // 64 rather than 63: some encoders write '`' for zero
                    if (ch < ' ' || ch > ' ' + 64) { error = "Illegal char"; return null; }
                    ch = (ch - ' ') & 0x3f;
                }
                leftChar = (leftChar << 6) | (uint)ch;
                leftBits += 6;
                if (leftBits >= 8)
                {
                    leftBits -= 8;
                    result[outPos++] = (byte)(leftChar >> leftBits);
                    leftChar &= (1u << leftBits) - 1;
                    binLen--;
                }
            }
            while (len-- > 0)
            {
                int ch = ascii[pos++];
                if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') { error = "Trailing garbage"; return null; }
            }
            return result;
        }

        public static byte[] Encode(ReadOnlySpan<byte> data)
        {
            var output = new List<byte>(2 + (data.Length + 2) / 3 * 4) { (byte)(' ' + (data.Length & 0x3f)) };
            uint leftChar = 0;
            int leftBits = 0;
            for (int i = 0; i < data.Length || leftBits != 0; i++)
            {
                leftChar = i < data.Length ? (leftChar << 8) | data[i] : leftChar << 8;
                leftBits += 8;
                while (leftBits >= 6)
                {
                    output.Add((byte)(((leftChar >> (leftBits - 6)) & 0x3f) + ' '));
                    leftBits -= 6;
                }
            }
            output.Add((byte)'\n');
            return output.ToArray();
        }
    }
}
