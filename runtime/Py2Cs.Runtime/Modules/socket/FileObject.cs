using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.Socket;

/// <summary>
/// socket._fileobject: 2.7's buffered file over any object with recv/sendall (ssl.SSLSocket.makefile
/// uses it; socket.makefile itself returns a real file over a dup of the descriptor). Reads call
/// sock.recv and writes sock.sendall through attribute look-up; the buffers are kept per object.
/// </summary>
internal static class FileObject
{
    const int DefaultBufferSize = 8192;

    sealed class Buffers
    {
        public readonly List<byte> Read = new();
        public readonly List<byte> Write = new();
        public int ReadSize, WriteSize;
    }

    static readonly ConditionalWeakTable<PyObject, Buffers> State = new();
    static Buffers Of(PyObject self) => State.GetOrCreateValue(self);

    static PyObject Sock(PyObject self) => Ops.GetAttr(self, "_sock");

    public static PyType Build() => new PythonClassBuilder("socket", "_fileobject", PyType.ObjectType)
        .Attribute("__doc__", PyStr.FromString("Faux file object attached to a socket object."))
        .Attribute("default_bufsize", PyInt.From(DefaultBufferSize))
        .Attribute("name", PyStr.FromString("<socket>"))
        .Method("__init__", new[] { "self", "sock", "mode", "bufsize", "close" }, a =>
        {
            var self = a[0];
            Ops.SetAttr(self, "_sock", a[1]);
            Ops.SetAttr(self, "mode", a[2]);
            int bufsize = Ops.ToInt32(a[3]);
            if (bufsize < 0) bufsize = DefaultBufferSize;
            Ops.SetAttr(self, "bufsize", PyInt.From(bufsize));
            Ops.SetAttr(self, "softspace", PyBool.False);
            var b = Of(self);
            // 0 means unbuffered, 1 line buffered (writes), anything else the buffer size
            b.ReadSize = bufsize == 0 ? 1 : bufsize == 1 ? DefaultBufferSize : bufsize;
            b.WriteSize = bufsize;
            Ops.SetAttr(self, "_close", a[4]);
            return PyNone.None;
        }, new PyObject[] { PyStr.FromString("rb"), PyInt.From(-1), PyBool.False })
        .Attribute("closed", new PyProperty(PyFunction.WithBoundArguments(new FunctionSignature("closed", new[] { "self" }, null, null),
            a => PyBool.From(Sock(a[0]) is PyNone), null), null, null, PyNone.None))
        .Method("close", new[] { "self" }, a =>
        {
            var self = a[0];
            try { if (!(Sock(self) is PyNone)) Ops.CallMethod(self, "flush"); }
            finally
            {
                var sock = Sock(self);
                if (Ops.IsTrue(Ops.GetAttr(self, "_close")) && !(sock is PyNone)) Ops.CallMethod(sock, "close");
                Ops.SetAttr(self, "_sock", PyNone.None);
            }
            return PyNone.None;
        })
        .Method("flush", new[] { "self" }, a =>
        {
            var b = Of(a[0]);
            if (b.Write.Count > 0)
            {
                var data = PyStr.FromBytes(b.Write.ToArray());
                b.Write.Clear();
                Ops.CallMethod(Sock(a[0]), "sendall", data);
            }
            return PyNone.None;
        })
        .Method("fileno", new[] { "self" }, a => Ops.CallMethod(Sock(a[0]), "fileno"))
        .Method("write", new[] { "self", "data" }, a =>
        {
            var bytes = ((PyStr)Ops.Str(a[1])).Bytes.ToArray();
            if (bytes.Length == 0) return PyNone.None;
            var b = Of(a[0]);
            b.Write.AddRange(bytes);
            if (b.WriteSize == 0 || (b.WriteSize == 1 && Array.IndexOf(bytes, (byte)'\n') >= 0) || (b.WriteSize > 1 && b.Write.Count >= b.WriteSize))
                Ops.CallMethod(a[0], "flush");
            return PyNone.None;
        })
        .Method("writelines", new[] { "self", "list" }, a =>
        {
            foreach (var line in Ops.Enumerate(a[1])) Ops.CallMethod(a[0], "write", line);
            return PyNone.None;
        })
        .Method("read", new[] { "self", "size" }, a =>
        {
            var b = Of(a[0]);
            int size = Ops.ToInt32(a[1]);
            while (size < 0 || b.Read.Count < size)
            {
                int want = size < 0 ? Math.Max(b.ReadSize, DefaultBufferSize) : Math.Max(b.ReadSize, size - b.Read.Count);
                var chunk = ((PyStr)Ops.CallMethod(Sock(a[0]), "recv", PyInt.From(want))).Bytes.ToArray();
                if (chunk.Length == 0) break;
                b.Read.AddRange(chunk);
            }
            return Take(b, size < 0 ? b.Read.Count : Math.Min(size, b.Read.Count));
        }, new PyObject[] { PyInt.From(-1) })
        .Method("readline", new[] { "self", "size" }, a =>
        {
            var b = Of(a[0]);
            int size = Ops.ToInt32(a[1]);
            while (true)
            {
                int nl = b.Read.IndexOf((byte)'\n');
                if (nl >= 0 && (size < 0 || nl < size)) return Take(b, nl + 1);
                if (size >= 0 && b.Read.Count >= size) return Take(b, size);
                var chunk = ((PyStr)Ops.CallMethod(Sock(a[0]), "recv", PyInt.From(b.ReadSize))).Bytes.ToArray();
                if (chunk.Length == 0) return Take(b, b.Read.Count);
                b.Read.AddRange(chunk);
            }
        }, new PyObject[] { PyInt.From(-1) })
        .Method("readlines", new[] { "self", "sizehint" }, a =>
        {
            var lines = new PyList();
            int total = 0, hint = Ops.ToInt32(a[1]);
            while (true)
            {
                var line = Ops.CallMethod(a[0], "readline");
                if (Ops.Len(line) == 0) break;
                lines.Append(line);
                total += Ops.Len(line);
                if (hint > 0 && total >= hint) break;
            }
            return lines;
        }, new PyObject[] { PyInt.From(0) })
        .Method("__iter__", new[] { "self" }, a => a[0])
        .Method("next", new[] { "self" }, a =>
        {
            var line = Ops.CallMethod(a[0], "readline");
            if (Ops.Len(line) == 0) throw new PythonException(Ops.Call(PyExceptionTypes.StopIteration));
            return line;
        })
        .Build();

    static PyObject Take(Buffers b, int n)
    {
        var data = b.Read.GetRange(0, n).ToArray();
        b.Read.RemoveRange(0, n);
        return PyStr.FromBytes(data);
    }
}
