using System;
using System.Buffers.Binary;
using System.IO;

namespace Py2Cs.Runtime.Modules.zipfile
{
    /// <summary>
    /// The fixed-size records of the zip format as zipfile.py packs them with struct: the local file
    /// header ("&lt;4s2B4HL2L2H", 30 bytes), the central directory entry ("&lt;4s4B4HL2L5H2L", 46 bytes),
    /// the end of central directory record ("&lt;4s4H2LH", 22 bytes) and the zip64 end record/locator.
    /// </summary>
    internal static class ZipRecords
    {
        public const int SizeFileHeader = 30, SizeCentralDir = 46, SizeEndCentDir = 22, SizeEndCentDir64 = 56, SizeEndCentDir64Locator = 20;
        public const long Zip64Limit = (1L << 31) - 1;
        public const int FileCountLimit = (1 << 16) - 1, MaxComment = (1 << 16) - 1;

        public sealed class Writer
        {
            private readonly MemoryStream s = new();
            public Writer Sig(byte a, byte b) { s.WriteByte((byte)'P'); s.WriteByte((byte)'K'); s.WriteByte(a); s.WriteByte(b); return this; }
            public Writer B(long v) { s.WriteByte(checked((byte)v)); return this; }
            public Writer H(long v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, checked((ushort)v)); s.Write(b); return this; }
            public Writer L(long v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, checked((uint)v)); s.Write(b); return this; }
            public Writer Q(long v) { Span<byte> b = stackalloc byte[8]; BinaryPrimitives.WriteUInt64LittleEndian(b, (ulong)v); s.Write(b); return this; }
            public Writer Raw(ReadOnlySpan<byte> b) { s.Write(b); return this; }
            public byte[] ToArray() => s.ToArray();
        }

        public static int H(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);
        public static long L(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);
        public static long Q(ReadOnlySpan<byte> b, int at) => (long)BinaryPrimitives.ReadUInt64LittleEndian(b[at..]);

        public static bool HasSig(ReadOnlySpan<byte> b, int at, byte c, byte d) =>
            b.Length >= at + 4 && b[at] == 'P' && b[at + 1] == 'K' && b[at + 2] == c && b[at + 3] == d;
    }
}
