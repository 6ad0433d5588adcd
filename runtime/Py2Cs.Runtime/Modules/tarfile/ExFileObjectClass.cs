using System;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.tarfile.TarCalls;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// tarfile.ExFileObject, what TarFile.extractfile returns: a read-only file over a member's data
    /// (read, readline, readlines, iteration, seek, tell, close), as a Python class.
    /// </summary>
    internal static class ExFileObjectClass
    {
        private static FileInFile Window(PyObject self) => (FileInFile)Get(self, "fileobj");

        private static void CheckOpen(PyObject self)
        {
            if (True(Get(self, "closed"))) throw Ops.ValueError("I/O operation on closed file");
        }

        private static byte[] Buffer(PyObject self) => Bytes(Get(self, "buffer"));

        private static void Advance(PyObject self, int n) => Set(self, "position", I(L(Get(self, "position")) + n));

        public static PyType Build() => new PythonClassBuilder("tarfile", "ExFileObject", PyType.ObjectType)
            .Attribute("blocksize", I(1024))
            .Method("__init__", new[] { "self", "tarfile", "tarinfo" }, a =>
            {
                PyObject ti = a[2];
                Set(a[0], "fileobj", new FileInFile(Get(a[1], "fileobj"), L(Get(ti, "offset_data")), L(Get(ti, "size")), Ops.GetAttrOrNull(ti, "sparse") ?? None));
                Set(a[0], "name", Get(ti, "name"));
                Set(a[0], "mode", S("r"));
                Set(a[0], "closed", PyBool.False);
                Set(a[0], "size", Get(ti, "size"));
                Set(a[0], "position", I(0));
                Set(a[0], "buffer", S(""));
                return None;
            })
            .Method("read", new[] { "self", "size" }, a =>
            {
                PyObject self = a[0];
                CheckOpen(self);
                byte[] buffer = Buffer(self);
                byte[] head;
                if (a[1] is PyNone)
                {
                    head = buffer;
                    Set(self, "buffer", S(""));
                }
                else
                {
                    int size = (int)Math.Max(0, L(a[1]));
                    head = buffer[..Math.Min(size, buffer.Length)];
                    Set(self, "buffer", PyStr.FromBytes(buffer.AsSpan(head.Length)));
                }
                byte[] tail = a[1] is PyNone ? Window(self).Read(-1) : Window(self).Read(Math.Max(0, L(a[1]) - head.Length));
                var result = new byte[head.Length + tail.Length];
                head.CopyTo(result, 0);
                tail.CopyTo(result, head.Length);
                Advance(self, result.Length);
                return PyStr.FromBytes(result);
            }, new[] { None })
            .Method("readline", new[] { "self", "size" }, a =>
            {
                PyObject self = a[0];
                CheckOpen(self);
                byte[] buffer = Buffer(self);
                int pos = Array.IndexOf(buffer, (byte)'\n') + 1;
                if (pos == 0)
                {
                    int blocksize = (int)L(Get(self, "blocksize"));
                    var acc = new System.IO.MemoryStream();
                    acc.Write(buffer);
                    while (true)
                    {
                        byte[] buf = Window(self).Read(blocksize);
                        acc.Write(buf);
                        if (buf.Length == 0 || Array.IndexOf(buf, (byte)'\n') >= 0)
                        {
                            buffer = acc.ToArray();
                            pos = Array.IndexOf(buffer, (byte)'\n') + 1;
                            if (pos == 0) pos = buffer.Length;
                            break;
                        }
                    }
                }
                long size = L(a[1]);
                if (size != -1) pos = (int)Math.Min(size, pos);
                Set(self, "buffer", PyStr.FromBytes(buffer.AsSpan(pos)));
                Advance(self, pos);
                return PyStr.FromBytes(buffer.AsSpan(0, pos));
            }, new[] { I(-1) })
            .Method("readlines", new[] { "self" }, a =>
            {
                var result = new PyList();
                while (true)
                {
                    PyObject line = Call(a[0], "readline");
                    if (!True(line)) break;
                    result.Append(line);
                }
                return result;
            })
            .Method("tell", new[] { "self" }, a => { CheckOpen(a[0]); return Get(a[0], "position"); })
            .Method("seek", new[] { "self", "pos", "whence" }, a =>
            {
                PyObject self = a[0];
                CheckOpen(self);
                long pos = L(a[1]), whence = L(a[2]), size = L(Get(self, "size")), position = L(Get(self, "position"));
                if (whence == 0) position = Math.Min(Math.Max(pos, 0), size);
                else if (whence == 1) position = pos < 0 ? Math.Max(position + pos, 0) : Math.Min(position + pos, size);
                else if (whence == 2) position = Math.Max(Math.Min(size + pos, size), 0);
                else throw Ops.ValueError("Invalid argument");
                Set(self, "position", I(position));
                Set(self, "buffer", S(""));
                Window(self).Position = position;
                return None;
            }, new[] { I(0) })
            .Method("close", new[] { "self" }, a => { Set(a[0], "closed", PyBool.True); return None; })
            .Method("__iter__", new[] { "self" }, a =>
            {
                PyObject self = a[0];
                return new PyGenerator("__iter__", async g =>
                {
                    while (true)
                    {
                        PyObject line = Call(self, "readline");
                        if (!True(line)) break;
                        await g.Yield(line);
                    }
                });
            })
            .Build();
    }
}
