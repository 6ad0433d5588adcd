using System.Globalization;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Formatting
{
    /// <summary>Digits of a non-negative integer in base 2, 8, 10 or 16 (lowercase).</summary>
    internal static class IntegerDigits
    {
        public static string ToBase(BigInteger value, int radix)
        {
            if (radix == 10) return value.ToString(CultureInfo.InvariantCulture);
            if (value.IsZero) return "0";
            if (value <= ulong.MaxValue) return ToBase((ulong)value, radix);
            int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
            byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: false);
            var sb = new StringBuilder(bytes.Length * 8 / shift + 1);
            int totalBits = bytes.Length * 8;
            // Read fixed-size bit groups from the least significant end.
            for (int bit = 0; bit < totalBits; bit += shift)
            {
                int digit = 0;
                for (int k = 0; k < shift; k++)
                {
                    int b = bit + k;
                    if (b < totalBits && (bytes[b >> 3] >> (b & 7) & 1) != 0) digit |= 1 << k;
                }
                sb.Append("0123456789abcdef"[digit]);
            }
            char[] chars = sb.ToString().ToCharArray();
            System.Array.Reverse(chars);
            string s = new string(chars).TrimStart('0');
            return s.Length == 0 ? "0" : s;
        }

        public static string ToBase(ulong value, int radix)
        {
            if (value == 0) return "0";
            if (radix == 10) return value.ToString(CultureInfo.InvariantCulture);
            int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
            ulong mask = (ulong)radix - 1;
            char[] buffer = new char[64];
            int pos = 64;
            while (value != 0)
            {
                buffer[--pos] = "0123456789abcdef"[(int)(value & mask)];
                value >>= shift;
            }
            return new string(buffer, pos, 64 - pos);
        }
    }
}
