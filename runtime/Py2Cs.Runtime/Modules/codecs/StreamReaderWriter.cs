using System.Collections.Generic;
using System.Text;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// What codecs.open returns: a file opened in binary mode, decoding what is read and encoding what
    /// is written. UTF-8 reads keep an incomplete trailing sequence for the next read, as Python's
    /// StreamReader does; readline decodes each line of the underlying file.
    /// </summary>
    internal static class StreamReaderWriter
    {
        static readonly PyStr StreamName = PyStr.Intern("stream");
        static readonly PyStr ErrorsName = PyStr.Intern("errors");
        static readonly PyStr EncodingName = PyStr.Intern("encoding");
        static readonly PyStr PendingName = PyStr.Intern("_pending");

        public static readonly PyType Type = new PythonClassBuilder("codecs", "StreamReaderWriter", PyType.ObjectType)
            .Method("__init__", new[] { "self", "stream", "encoding", "errors" }, a =>
            {
                Ops.SetAttr(a[0], StreamName, a[1]);
                Ops.SetAttr(a[0], EncodingName, a[2]);
                Ops.SetAttr(a[0], ErrorsName, a[3]);
                Ops.SetAttr(a[0], PendingName, PyStr.Empty);
                return PyNone.None;
            }, defaults: new PyObject[] { PyStr.FromString("strict") })
            .Method("read", new[] { "self", "size" }, a => Read(a[0], a[1]), defaults: new PyObject[] { PyInt.From(-1) })
            .Method("readline", new[] { "self", "size" }, a => ReadLine(a[0]), defaults: new PyObject[] { PyNone.None })
            .Method("readlines", new[] { "self", "sizehint" }, a => ReadLines(a[0]), defaults: new PyObject[] { PyNone.None })
            .Method("next", new[] { "self" }, a =>
            {
                PyObject line = ReadLine(a[0]);
                if (!Ops.IsTrue(line)) throw Ops.StopIteration();
                return line;
            })
            .Method("__iter__", new[] { "self" }, a => a[0])
            .Method("write", new[] { "self", "data" }, a => Write(a[0], a[1]))
            .Method("writelines", new[] { "self", "list" }, a =>
            {
                PyObject it = Ops.Iter(a[1]);
                for (PyObject item = it.Next(); item != null; item = it.Next()) Write(a[0], item);
                return PyNone.None;
            })
            .Method("close", new[] { "self" }, a => Ops.CallMethod(Stream(a[0]), "close"))
            .Method("flush", new[] { "self" }, a => Ops.CallMethod(Stream(a[0]), "flush"))
            .Method("__enter__", new[] { "self" }, a => a[0])
            .Method("__exit__", new[] { "self", "type", "value", "tb" }, a =>
            {
                Ops.CallMethod(Stream(a[0]), "close");
                return PyBool.False;
            })
            .Method("__getattr__", new[] { "self", "name" }, a => Ops.GetAttr(Stream(a[0]), (PyStr)Ops.Str(a[1])))
            .Build();

        static PyObject Stream(PyObject self) => Ops.GetAttr(self, StreamName);
        static string Text(PyObject self, PyStr name) => Ops.Str(Ops.GetAttr(self, name)).ToString();

        static PyObject Decode(PyObject self, PyStr data, bool final)
        {
            string encoding = Text(self, EncodingName), errors = Text(self, ErrorsName);
            PyStr pending = (PyStr)Ops.GetAttr(self, PendingName);
            PyStr all = pending.Length == 0 ? data : pending.Concat(data);
            Codec codec = Strings.CodecCalls.Lookup(encoding);
            if (codec is Utf8Codec utf8 && !final)
            {
                // Keep an incomplete multi-byte sequence at the end for the next read.
                string text;
                int consumed;
                try { text = utf8.Decode(all.RawBytes, errors, false, out consumed); }
                catch (CodecFailure) { return Strings.CodecCalls.Decode(all, encoding, errors); }
                Ops.SetAttr(self, PendingName, all.Slice(consumed, all.Length));
                return PyUnicode.FromString(text);
            }
            Ops.SetAttr(self, PendingName, PyStr.Empty);
            return Strings.CodecCalls.Decode(all, encoding, errors);
        }

        static PyObject Read(PyObject self, PyObject size)
        {
            PyObject data = size is PyInt n && n.Value >= 0
                ? Ops.CallMethod(Stream(self), "read", size)
                : Ops.CallMethod(Stream(self), "read");
            bool final = !(size is PyInt m && m.Value >= 0) || !Ops.IsTrue(data);
            return Decode(self, (PyStr)data, final);
        }

        static PyObject ReadLine(PyObject self)
        {
            PyObject line = Ops.CallMethod(Stream(self), "readline");
            return Decode(self, (PyStr)line, !Ops.IsTrue(line));
        }

        static PyObject ReadLines(PyObject self)
        {
            var lines = new List<PyObject>();
            for (PyObject line = ReadLine(self); Ops.IsTrue(line); line = ReadLine(self)) lines.Add(line);
            return PyList.FromArray(lines.ToArray());
        }

        static PyObject Write(PyObject self, PyObject data)
        {
            string encoding = Text(self, EncodingName), errors = Text(self, ErrorsName);
            PyObject bytes = data switch
            {
                PyUnicode u => Strings.CodecCalls.Encode(u, encoding, errors),
                PyStr s => Strings.CodecCalls.Encode(s, encoding, errors),
                _ => throw Ops.TypeError("coercing to Unicode: need string or buffer, " + data.TypeName + " found"),
            };
            return Ops.CallMethod(Stream(self), "write", bytes);
        }
    }
}
