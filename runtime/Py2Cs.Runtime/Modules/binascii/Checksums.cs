namespace Py2Cs.Runtime.Modules.binascii
{
    /// <summary>CRC-32 (zlib's polynomial), Adler-32 and CRC-CCITT (crc_hqx) over bytes.</summary>
    public static class Checksums
    {
        private static readonly uint[] CrcTable = BuildCrcTable();

        private static uint[] BuildCrcTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                table[n] = c;
            }
            return table;
        }

        public static uint Crc32(System.ReadOnlySpan<byte> data, uint crc)
        {
            crc = ~crc;
            foreach (byte b in data) crc = CrcTable[(crc ^ b) & 0xff] ^ (crc >> 8);
            return ~crc;
        }

        public static uint Adler32(System.ReadOnlySpan<byte> data, uint adler)
        {
            // zlib's NMAX blocking: 5552 bytes can be summed before b may overflow 32 bits, so the
            // modulo runs once per block instead of twice per byte (same result).
            const uint Base = 65521;
            const int NMax = 5552;
            uint a = adler & 0xffff, b = adler >> 16;
            int i = 0;
            while (i < data.Length)
            {
                int end = i + System.Math.Min(NMax, data.Length - i);
                for (; i < end; i++) { a += data[i]; b += a; }
                a %= Base;
                b %= Base;
            }
            return (b << 16) | a;
        }

        public static int CrcHqx(System.ReadOnlySpan<byte> data, int crc)
        {
            uint c = (uint)crc & 0xffff;
            foreach (byte x in data)
            {
                c ^= (uint)x << 8;
                for (int i = 0; i < 8; i++) c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
            }
            return (int)c;
        }

        /// <summary>Python 2 returns these checksums as signed C longs truncated to 32 bits.</summary>
        public static PyObject Signed(uint value) => PyInt.From((int)value);
    }
}
