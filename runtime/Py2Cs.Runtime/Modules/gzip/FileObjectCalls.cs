using System;

namespace Py2Cs.Runtime.Modules.gzip
{
    /// <summary>
    /// Calls on a Python file-like object (a file, StringIO, GzipFile, a user class...) the way the
    /// archive modules of 2.7 make them: through attribute look-up, so any object with read/write/
    /// seek/tell works and overrides are honoured.
    /// </summary>
    internal static class FileObjectCalls
    {
        private static readonly PyStr ReadName = PyStr.Intern("read");
        private static readonly PyStr WriteName = PyStr.Intern("write");
        private static readonly PyStr SeekName = PyStr.Intern("seek");
        private static readonly PyStr TellName = PyStr.Intern("tell");
        private static readonly PyStr CloseName = PyStr.Intern("close");

        public static byte[] Bytes(PyObject o) => o switch
        {
            PyStr s => s.Bytes.ToArray(),
            PyByteArray b => b.Data.ToArray(),
            PyUnicode u => u.EncodeAscii().Bytes.ToArray(),
            _ => throw Ops.TypeError("expected a string or other character buffer object"),
        };

        public static byte[] Read(PyObject file, long size = -1) =>
            Bytes(size < 0 ? Ops.CallMethod(file, ReadName) : Ops.CallMethod(file, ReadName, PyInt.From(size)));

        public static void Write(PyObject file, ReadOnlySpan<byte> data) => Ops.CallMethod(file, WriteName, PyStr.FromBytes(data));

        public static long Tell(PyObject file) => (long)Ops.IndexToLong(Ops.CallMethod(file, TellName));

        public static void Seek(PyObject file, long offset, int whence = 0)
        {
            if (whence == 0) Ops.CallMethod(file, SeekName, PyInt.From(offset));
            else Ops.CallMethod(file, SeekName, PyInt.From(offset), PyInt.From(whence));
        }

        public static void Close(PyObject file) => Ops.CallMethod(file, CloseName);

        public static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));

        public static PyObject AttrOrNull(PyObject o, string name) => Ops.GetAttrOrNull(o, PyStr.Intern(name));

        public static void SetAttr(PyObject o, string name, PyObject value) => Ops.SetAttr(o, PyStr.Intern(name), value);

        public static long Long(PyObject o) => (long)Ops.IndexToLong(o);

        public static PyObject Str(string latin1) => PyStr.FromString(latin1);
    }
}
