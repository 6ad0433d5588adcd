#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.IO;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.pickle;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>dumbdbm</c> module of Python 2.7, in its file format: FILE.dat holds the values, each
    /// starting on a 512-byte boundary; FILE.dir holds one "repr(key), (pos, size)" line per key
    /// (appended as keys are added, rewritten on sync/close/delete with the old one kept as FILE.bak).
    /// Files are interchangeable with CPython 2.7's dumbdbm. The index is the instance's _index dict.
    /// </summary>
    [PythonModule("dumbdbm")]
    public static class dumbdbm
    {
        const int BlockSize = 512;

        public static readonly PyObject error = PyExceptionTypes.IOError;

        public static readonly PyType _Database = new PythonClassBuilder("dumbdbm", "_Database", PyType.ObjectType)
            .Method("__init__", new[] { "self", "filebasename", "mode" }, a =>
            {
                var self = a[0];
                string basename = Ops.Str(a[1]).ToString();
                Set(self, "_mode", a[2]);
                Set(self, "_dirfile", PyStr.FromString(basename + ".dir"));
                Set(self, "_datfile", PyStr.FromString(basename + ".dat"));
                Set(self, "_bakfile", PyStr.FromString(basename + ".bak"));
                Set(self, "_index", PyNone.None);
                string dat = basename + ".dat";
                if (!File.Exists(dat)) CreateFile(dat);
                Update(self);
                return PyNone.None;
            })
            .Method("__getitem__", new[] { "self", "key" }, a =>
            {
                var pair = (PyTuple)(Index(a[0]).Get(a[1]) ?? throw Ops.KeyError(a[1]));
                long pos = Ops.IndexToLongArg(pair[0]);
                int size = Ops.ToInt32(pair[1]);
                using var f = File.OpenRead(Path(a[0], "_datfile"));
                f.Seek(pos, SeekOrigin.Begin);
                var buffer = new byte[size];
                int n = 0;
                while (n < size) { int k = f.Read(buffer, n, size - n); if (k == 0) break; n += k; }
                return PyStr.Wrap(n == size ? buffer : buffer[..n]);
            })
            .Method("__setitem__", new[] { "self", "key", "val" }, a =>
            {
                var self = a[0];
                if (a[1].Type != PyStr.TypeObject || a[2].Type != PyStr.TypeObject)
                    throw Ops.TypeError("keys and values must be strings");
                var index = Index(self);
                var val = (PyStr)a[2];
                if (index.Get(a[1]) is not PyTuple old)
                {
                    var pair = AddValue(self, val);
                    index.SetItem(a[1], pair);
                    using var dir = new FileStream(Path(self, "_dirfile"), FileMode.Append, FileAccess.Write);
                    var line = DirLine(a[1], pair);
                    dir.Write(line, 0, line.Length);
                }
                else
                {
                    long pos = Ops.IndexToLongArg(old[0]);
                    int size = Ops.ToInt32(old[1]);
                    long oldBlocks = (size + BlockSize - 1) / BlockSize, newBlocks = (val.Length + BlockSize - 1) / BlockSize;
                    index.SetItem(a[1], newBlocks <= oldBlocks ? SetValue(self, pos, val) : AddValue(self, val));
                }
                return PyNone.None;
            })
            .Method("__delitem__", new[] { "self", "key" }, a =>
            {
                var index = Index(a[0]);
                if (index.Get(a[1]) == null) throw Ops.KeyError(a[1]);
                index.Remove(a[1]);
                Commit(a[0]);
                return PyNone.None;
            })
            .Method("keys", new[] { "self" }, a => Ops.CallMethod(Index(a[0]), "keys"))
            .Method("has_key", new[] { "self", "key" }, a => PyBool.From(Index(a[0]).Get(a[1]) != null))
            .Method("__contains__", new[] { "self", "key" }, a => PyBool.From(Index(a[0]).Get(a[1]) != null))
            .Method("iterkeys", new[] { "self" }, a => Ops.Iter(Index(a[0])))
            .Method("__iter__", new[] { "self" }, a => Ops.Iter(Index(a[0])))
            .Method("__len__", new[] { "self" }, a => PyInt.From(Index(a[0]).Len()))
            .Method("get", new[] { "self", "key", "default" }, a =>
                Index(a[0]).Get(a[1]) != null ? Ops.GetItem(a[0], a[1]) : a[2], new PyObject[] { PyNone.None })
            .Method("items", new[] { "self" }, a =>
            {
                var result = new PyList();
                foreach (var k in Ops.Enumerate(Ops.CallMethod(a[0], "keys"))) result.Append(PyTuple.Create(k, Ops.GetItem(a[0], k)));
                return result;
            })
            .Method("values", new[] { "self" }, a =>
            {
                var result = new PyList();
                foreach (var k in Ops.Enumerate(Ops.CallMethod(a[0], "keys"))) result.Append(Ops.GetItem(a[0], k));
                return result;
            })
            .Method("sync", new[] { "self" }, a => { Commit(a[0]); return PyNone.None; })
            .Method("_commit", new[] { "self" }, a => { Commit(a[0]); return PyNone.None; })
            .Method("close", new[] { "self" }, a =>
            {
                Commit(a[0]);
                foreach (var n in new[] { "_index", "_datfile", "_dirfile", "_bakfile" }) Set(a[0], n, PyNone.None);
                return PyNone.None;
            })
            .Build();

        public static PyObject open(PyObject file, PyObject flag = null, PyObject mode = null) =>
            Ops.Call(_Database, file, mode ?? PyInt.From(438));

        static void Set(PyObject self, string name, PyObject value) => Ops.SetAttr(self, PyStr.Intern(name), value);
        static string Path(PyObject self, string name) => Ops.Str(Ops.GetAttr(self, name)).ToString();

        static PyDict Index(PyObject self) =>
            Ops.GetAttr(self, "_index") as PyDict ?? throw Ops.Error(PyExceptionTypes.ValueError, "invalid operation on closed dumbdbm");

        static void CreateFile(string path) { using (File.Create(path)) { } }

        static byte[] DirLine(PyObject key, PyObject pair) =>
            new ByteBuilder().Append(Ops.Repr(key)).Append(", ").Append(Ops.Repr(pair)).Append((byte)'\n').AsSpan().ToArray();

        /// <summary>Reads FILE.dir: each line is "repr(key), (pos, size)".</summary>
        static void Update(PyObject self)
        {
            var index = new PyDict();
            Set(self, "_index", index);
            string dir = Path(self, "_dirfile");
            if (!File.Exists(dir)) return;
            var all = File.ReadAllBytes(dir);
            for (int start = 0; start < all.Length;)
            {
                int nl = Array.IndexOf(all, (byte)'\n', start);
                if (nl < 0) nl = all.Length;
                var raw = all[start..nl];
                start = nl + 1;
                if (raw.Length == 0) continue;
                int open = Array.LastIndexOf(raw, (byte)'(');
                var key = PyStr.Wrap(StringEscape.DecodeQuoted(raw.AsSpan(0, open - 2)));
                var numbers = Encoding.ASCII.GetString(raw, open + 1, raw.Length - open - 2).Split(',');
                index.SetItem(key, PyTuple.Create(PyInt.From(long.Parse(numbers[0].Trim().TrimEnd('L'))), PyInt.From(long.Parse(numbers[1].Trim().TrimEnd('L')))));
            }
        }

        static void Commit(PyObject self)
        {
            if (Ops.GetAttr(self, "_index") is not PyDict index) return;
            string dir = Path(self, "_dirfile"), bak = Path(self, "_bakfile");
            if (File.Exists(bak)) File.Delete(bak);
            if (File.Exists(dir)) File.Move(dir, bak);
            using var f = File.Create(dir);
            foreach (var kv in Ops.Enumerate(Ops.CallMethod(index, "iteritems")))
            {
                var p = (PyTuple)kv;
                var line = DirLine(p[0], p[1]);
                f.Write(line, 0, line.Length);
            }
        }

        static PyObject AddValue(PyObject self, PyStr val)
        {
            using var f = new FileStream(Path(self, "_datfile"), FileMode.Open, FileAccess.ReadWrite);
            long pos = f.Seek(0, SeekOrigin.End);
            long npos = (pos + BlockSize - 1) / BlockSize * BlockSize;
            f.Write(new byte[npos - pos]);
            f.Write(val.Bytes);
            return PyTuple.Create(PyInt.From(npos), PyInt.From(val.Length));
        }

        static PyObject SetValue(PyObject self, long pos, PyStr val)
        {
            using var f = new FileStream(Path(self, "_datfile"), FileMode.Open, FileAccess.ReadWrite);
            f.Seek(pos, SeekOrigin.Begin);
            f.Write(val.Bytes);
            return PyTuple.Create(PyInt.From(pos), PyInt.From(val.Length));
        }
    }
}
