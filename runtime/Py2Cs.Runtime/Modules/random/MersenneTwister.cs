using System;
using System.Numerics;

namespace Py2Cs.Runtime.Modules.random
{
    /// <summary>
    /// MT19937 as CPython 2.7's _randommodule.c runs it: init_genrand, init_by_array seeding from
    /// the 32-bit words of a non-negative integer, 53-bit random(), getrandbits, jumpahead.
    /// </summary>
    public sealed class MersenneTwister
    {
        public const int N = 624;
        private const int M = 397;
        private const uint MatrixA = 0x9908b0dfu;
        private const uint UpperMask = 0x80000000u;
        private const uint LowerMask = 0x7fffffffu;

        private readonly uint[] mt = new uint[N];
        private int index = N + 1;

        public uint[] State => mt;
        public int Index { get => index; set => index = value; }

        public uint NextUInt32()
        {
            uint y;
            if (index >= N)
            {
                int kk;
                for (kk = 0; kk < N - M; kk++)
                {
                    y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                    mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
                }
                for (; kk < N - 1; kk++)
                {
                    y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                    mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
                }
                y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
                mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
                index = 0;
            }
            y = mt[index++];
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c5680u;
            y ^= (y << 15) & 0xefc60000u;
            y ^= y >> 18;
            return y;
        }

        /// <summary>random_random: a double in [0, 1) with 53 random bits.</summary>
        public double NextDouble()
        {
            uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        private void InitGenrand(uint s)
        {
            mt[0] = s;
            for (int i = 1; i < N; i++)
                mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
            index = N;
        }

        private void InitByArray(uint[] key)
        {
            InitGenrand(19650218u);
            int i = 1, j = 0;
            int k = N > key.Length ? N : key.Length;
            for (; k > 0; k--)
            {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
                i++; j++;
                if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
                if (j >= key.Length) j = 0;
            }
            for (k = N - 1; k > 0; k--)
            {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
                i++;
                if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            }
            mt[0] = 0x80000000u;
            index = N;
        }

        /// <summary>random_seed with a non-negative integer: its 32-bit words, least significant first.</summary>
        public void Seed(BigInteger n)
        {
            if (n.Sign < 0) n = -n;
            byte[] bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
            int words = Math.Max(1, (bytes.Length + 3) / 4);
            var key = new uint[words];
            for (int b = 0; b < bytes.Length; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
            // CPython drops high zero words (keyused), but always keeps at least one.
            int used = words;
            while (used > 1 && key[used - 1] == 0) used--;
            if (used != words) Array.Resize(ref key, used);
            InitByArray(key);
        }

        /// <summary>getrandbits(k) for k &gt; 0.</summary>
        public BigInteger GetRandBits(int k)
        {
            if (k <= 32) return NextUInt32() >> (32 - k);
            int words = (k - 1) / 32 + 1;
            var bytes = new byte[words * 4];
            for (int i = 0; i < words; i++, k -= 32)
            {
                uint r = NextUInt32();
                if (k < 32) r >>= 32 - k;
                bytes[4 * i] = (byte)r;
                bytes[4 * i + 1] = (byte)(r >> 8);
                bytes[4 * i + 2] = (byte)(r >> 16);
                bytes[4 * i + 3] = (byte)(r >> 24);
            }
            return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        }

        /// <summary>jumpahead(n): swaps driven by n mod i, then each word incremented by its position + 1.</summary>
        public void JumpAhead(BigInteger n)
        {
            for (int i = N - 1; i > 1; i--)
            {
                BigInteger r = BigInteger.Remainder(n, i);
                if (r.Sign < 0) r += i;
                int j = (int)r;
                (mt[i], mt[j]) = (mt[j], mt[i]);
            }
            for (int i = 0; i < N; i++) mt[i] += (uint)(i + 1);
            index = N;
        }
    }
}
