using tarfileModule = Py2Cs.Runtime.tarfile;
using System;
using System.IO;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// tarfile._FileInFile: a member's data as a window (offset, size) of the archive's file object,
    /// with GNU sparse maps (sections of data and holes) read back with NULs in the holes.
    /// </summary>
    internal sealed class FileInFile : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("_FileInFile", () => PyType.ObjectType, t =>
        {
            t.DefMethod("tell", s => I(((FileInFile)s).Position));
            t.DefMethod("seek", (s, p) => { ((FileInFile)s).Position = L(p); return None; });
            t.DefMethod("read", 0, new[] { "size" }, (s, a) => PyStr.FromBytes(((FileInFile)s).Read(a[0] is null or PyNone ? -1 : L(a[0]))));
        });

        public override PyType Type => TypeObject;

        private readonly PyObject fileobj;
        private readonly long offset;
        private readonly long size;
        private readonly PyObject sparse;
        public long Position;

        public FileInFile(PyObject fileobj, long offset, long size, PyObject sparse)
        {
            this.fileobj = fileobj;
            this.offset = offset;
            this.size = size;
            this.sparse = sparse is PyNone ? null : sparse;
        }

        public byte[] Read(long n)
        {
            n = n < 0 ? size - Position : Math.Min(n, size - Position);
            if (n <= 0) return Array.Empty<byte>();
            if (sparse == null)
            {
                byte[] b = ReadAt(offset + Position, n);
                Position += n;
                return b;
            }
            var output = new MemoryStream();
            while (n > 0)
            {
                byte[] chunk = ReadSparseSection(n);
                if (chunk.Length == 0) break;
                n -= chunk.Length;
                output.Write(chunk);
            }
            return output.ToArray();
        }

        private byte[] ReadAt(long at, long n)
        {
            TarCalls.Call(fileobj, "seek", I(at));
            byte[] b = Bytes(TarCalls.Call(fileobj, "read", I(n)));
            if (b.Length != n) throw Raise(tarfileModule.ReadError, "unexpected end of data");
            return b;
        }

        private byte[] ReadSparseSection(long n)
        {
            var it = Ops.Iter(sparse);
            for (var item = it.Next(); item != null; item = it.Next())
            {
                var f = Ops.UnpackSequence(item, 4);
                long secOffset = L(f[1]), secSize = L(f[2]), realpos = L(f[3]);
                if (Position < secOffset || Position >= secOffset + secSize) continue;
                long count = Math.Min(n, secOffset + secSize - Position);
                byte[] b = Text(f[0]) == "data" ? ReadAt(offset + realpos + Position - secOffset, count) : new byte[count];
                Position += count;
                return b;
            }
            return Array.Empty<byte>();
        }
    }
}
