using System;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// The byte-level pieces of a tar header, as tarfile.py's helper functions define them:
    /// stn/nts (NUL-padded strings), nti/itn (octal or GNU base-256 numbers), the checksum, and the
    /// 512-byte header layout of _create_header.
    /// </summary>
    internal static class TarHeader
    {
        public const int BlockSize = 512;
        public const int RecordSize = BlockSize * 20;
        public const int UstarFormat = 0, GnuFormat = 1, PaxFormat = 2;

        public static byte[] Stn(byte[] s, int length)
        {
            var b = new byte[length];
            Array.Copy(s, b, Math.Min(s.Length, length));
            return b;
        }

        public static byte[] Nts(ReadOnlySpan<byte> s)
        {
            int p = s.IndexOf((byte)0);
            return (p < 0 ? s : s[..p]).ToArray();
        }

        /// <summary>nti: an octal field, or GNU's base-256 form when the first byte is 0200;
        /// null when the field is not a number (InvalidHeaderError("invalid header") in 2.7).</summary>
        public static PyObject Nti(ReadOnlySpan<byte> s)
        {
            if (s[0] != 0x80)
            {
                string text = Encoding.Latin1.GetString(Nts(s)).Trim(' ', '\t', '\n', '\r', '\v', '\f');
                if (text.Length == 0) return PyInt.From(0);
                int i = 0;
                bool negative = false;
                if (text[0] == '+' || text[0] == '-') { negative = text[0] == '-'; i = 1; }
                if (i + 1 < text.Length && text[i] == '0' && (text[i + 1] == 'o' || text[i + 1] == 'O')) i += 2;
                if (i >= text.Length) return null;
                BigInteger n = 0;
                for (; i < text.Length; i++)
                {
                    char c = text[i];
                    if (c < '0' || c > '7') return null;
                    n = n * 8 + (c - '0');
                }
                return PyInt.FromBig(negative ? -n : n);
            }
            BigInteger v = 0;
            for (int i = 1; i < s.Length; i++) v = (v << 8) + s[i];
            return new PyLong(v);
        }

        /// <summary>itn: an octal field of digits-1 digits and a NUL, or base-256 for GNU_FORMAT.</summary>
        public static byte[] Itn(BigInteger n, int digits, int format)
        {
            var result = new byte[digits];
            if (n >= 0 && n < BigInteger.Pow(8, digits - 1))
            {
                string octal = ToOctal(n).PadLeft(digits - 1, '0');
                Encoding.ASCII.GetBytes(octal, 0, digits - 1, result, 0);
                return result;
            }
            if (format != GnuFormat || n >= BigInteger.Pow(256, digits - 1))
                throw Ops.ValueError("overflow in number field");
            if (n < 0) n = new BigInteger(unchecked((ulong)(long)n));   // struct.unpack("L", struct.pack("l", n))
            for (int i = digits - 1; i >= 1; i--)
            {
                result[i] = (byte)(n & 0xff);
                n >>= 8;
            }
            result[0] = 0x80;
            return result;
        }

        private static string ToOctal(BigInteger n)
        {
            if (n.IsZero) return "0";
            var sb = new StringBuilder();
            while (n > 0) { sb.Insert(0, (char)('0' + (int)(n % 8))); n /= 8; }
            return sb.ToString();
        }

        public static (int unsigned, int signed) Checksums(ReadOnlySpan<byte> buf)
        {
            int u = 256, s = 256;
            for (int i = 0; i < 512; i++)
            {
                if (i >= 148 && i < 156) continue;
                u += buf[i];
                s += (sbyte)buf[i];
            }
            return (u, s);
        }

        public sealed class Fields
        {
            public byte[] Name = Array.Empty<byte>(), Linkname = Array.Empty<byte>(), Uname = Array.Empty<byte>(),
                Gname = Array.Empty<byte>(), Prefix = Array.Empty<byte>(), Magic = Encoding.Latin1.GetBytes("ustar\u000000");
            public BigInteger Mode, Uid, Gid, Size, Mtime, Devmajor, Devminor;
            public byte[] Type = { (byte)'0' };
        }

        /// <summary>_create_header: the 512-byte block with its checksum.</summary>
        public static byte[] Create(Fields f, int format)
        {
            var buf = new byte[BlockSize];
            int pos = 0;
            void Put(byte[] part) { Array.Copy(part, 0, buf, pos, Math.Min(part.Length, BlockSize - pos)); pos += part.Length; }
            Put(Stn(f.Name, 100));
            Put(Itn(f.Mode & 0xfff, 8, format));
            Put(Itn(f.Uid, 8, format));
            Put(Itn(f.Gid, 8, format));
            Put(Itn(f.Size, 12, format));
            Put(Itn(f.Mtime, 12, format));
            Put(Encoding.ASCII.GetBytes("        "));
            Put(f.Type);
            Put(Stn(f.Linkname, 100));
            Put(Stn(f.Magic, 8));
            Put(Stn(f.Uname, 32));
            Put(Stn(f.Gname, 32));
            Put(Itn(f.Devmajor, 8, format));
            Put(Itn(f.Devminor, 8, format));
            Put(Stn(f.Prefix, 155));
            int chksum = Checksums(buf).unsigned;
            byte[] text = Encoding.ASCII.GetBytes(Convert.ToString(chksum, 8).PadLeft(6, '0') + "\0");
            Array.Copy(text, 0, buf, 148, 7);
            return buf;
        }

        /// <summary>_create_payload: the data padded with NULs to a whole number of blocks.</summary>
        public static byte[] Payload(byte[] data)
        {
            int blocks = (data.Length + BlockSize - 1) / BlockSize;
            var b = new byte[blocks * BlockSize];
            data.CopyTo(b, 0);
            return b;
        }

        /// <summary>filemode: -rwxrwxrwx as TarFile.list prints it.</summary>
        public static string FileMode(long mode)
        {
            var sb = new StringBuilder();
            (long bit, char c)[][] table =
            {
                new[] { (0xA000L, 'l'), (0x8000L, '-'), (0x6000L, 'b'), (0x4000L, 'd'), (0x2000L, 'c'), (0x1000L, 'p') },
                new[] { (0x100L, 'r') }, new[] { (0x80L, 'w') },
                new[] { (0x40L | 0x800, 's'), (0x800L, 'S'), (0x40L, 'x') },
                new[] { (0x20L, 'r') }, new[] { (0x10L, 'w') },
                new[] { (0x8L | 0x400, 's'), (0x400L, 'S'), (0x8L, 'x') },
                new[] { (0x4L, 'r') }, new[] { (0x2L, 'w') },
                new[] { (0x1L | 0x200, 't'), (0x200L, 'T'), (0x1L, 'x') },
            };
            foreach (var row in table)
            {
                char found = '-';
                foreach (var (bit, c) in row)
                    if ((mode & bit) == bit) { found = c; break; }
                sb.Append(found);
            }
            return sb.ToString();
        }
    }
}
