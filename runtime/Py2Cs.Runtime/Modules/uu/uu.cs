#pragma warning disable CS8981 // the module class is named as in Python
using System.Collections.Generic;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// uu as 2.7's uu.py: encode/decode between file objects (or file names, '-' for stdin/stdout),
    /// 45-byte binascii.b2a_uu lines between "begin MODE NAME" and " \nend". Files are read and written
    /// through their Python methods, so any file-like object works. As in 2.7, decode never applies
    /// the header's mode to the file it creates (uu.py calls os.path.chmod, which does not exist).
    /// </summary>
    [PythonModule("uu")]
    public static class uu
    {
        public static readonly PyType Error = MakeError();
        public static readonly PyObject __all__ = PyList.FromArray(new PyObject[] { PyStr.FromString("Error"), PyStr.FromString("encode"), PyStr.FromString("decode") });

        static PyType MakeError()
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("uu"));
            return (PyType)PyType.MakeClass("Error", PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        static bool IsName(PyObject o) => o is PyStr || o is PyUnicode;
        static bool IsDash(PyObject o) => IsName(o) && Ops.Eq(o, PyStr.FromString("-"));
        static PyObject Open(PyObject name, string mode) => Ops.Call(PyFile.TypeObject, name, PyStr.FromString(mode));

        public static PyObject encode(PyObject in_file, PyObject out_file, PyObject name = null, PyObject mode = null)
        {
            var opened = new List<PyObject>();
            try
            {
                if (name is PyNone) name = null;
                if (mode is PyNone) mode = null;
                if (IsDash(in_file)) in_file = SysModule.Module["stdin"];
                else if (IsName(in_file))
                {
                    name ??= posixpath.basename(in_file);
                    mode ??= Ops.GetAttr(os.stat(in_file), "st_mode");
                    in_file = Open(in_file, "rb");
                    opened.Add(in_file);
                }
                if (IsDash(out_file)) out_file = SysModule.Module["stdout"];
                else if (IsName(out_file))
                {
                    out_file = Open(out_file, "wb");
                    opened.Add(out_file);
                }
                name ??= PyStr.FromString("-");
                mode ??= PyInt.From(0x1b6); // 0666
                var header = Ops.Modulo(PyStr.FromString("begin %o %s\n"), PyTuple.Create(Ops.BitAnd(mode, PyInt.From(0x1ff)), name));
                Ops.CallMethod(out_file, "write", header);
                var fortyFive = PyInt.From(45);
                var data = Ops.CallMethod(in_file, "read", fortyFive);
                while (Ops.Len(data) > 0)
                {
                    Ops.CallMethod(out_file, "write", binascii.b2a_uu(data));
                    data = Ops.CallMethod(in_file, "read", fortyFive);
                }
                Ops.CallMethod(out_file, "write", PyStr.FromString(" \nend\n"));
            }
            finally
            {
                foreach (var f in opened) Ops.CallMethod(f, "close");
            }
            return PyNone.None;
        }

        public static PyObject decode(PyObject in_file, PyObject out_file = null, PyObject mode = null, PyObject quiet = null)
        {
            var opened = new List<PyObject>();
            if (out_file is PyNone) out_file = null;
            if (mode is PyNone) mode = null;
            if (IsDash(in_file)) in_file = SysModule.Module["stdin"];
            else if (IsName(in_file))
            {
                in_file = Open(in_file, "r");
                opened.Add(in_file);
            }
            try
            {
                PyObject[] fields;
                while (true)
                {
                    var line = Ops.CallMethod(in_file, "readline");
                    if (!Ops.IsTrue(line)) throw Ops.Error(Error, PyStr.FromString("No valid begin line found in input file"));
                    if (!Ops.IsTrue(Ops.CallMethod(line, "startswith", PyStr.FromString("begin")))) continue;
                    fields = new List<PyObject>(Ops.Enumerate(Ops.CallMethod(line, "split", PyStr.FromString(" "), PyInt.From(2)))).ToArray();
                    if (fields.Length == 3 && Ops.Eq(fields[0], PyStr.FromString("begin")) && IsOctal(fields[1])) break;
                }
                if (out_file == null)
                {
                    out_file = Ops.CallMethod(fields[2], "rstrip");
                    if (posixpath.exists(out_file))
                        throw Ops.Error(Error, Ops.Modulo(PyStr.FromString("Cannot overwrite existing file: %s"), out_file));
                }
                mode ??= Ops.Call(PyInt.TypeObject, fields[1], PyInt.From(8));
                if (IsDash(out_file)) out_file = SysModule.Module["stdout"];
                else if (IsName(out_file))
                {
                    out_file = Open(out_file, "wb");
                    opened.Add(out_file);
                }
                var s = Ops.CallMethod(in_file, "readline");
                while (Ops.IsTrue(s) && !Ops.Eq(Ops.CallMethod(s, "strip"), PyStr.FromString("end")))
                {
                    PyObject data;
                    try { data = binascii.a2b_uu(s); }
                    catch (PythonException e) when (e.Is(binascii.Error))
                    {
                        // uu.py's workaround for broken encoders: decode only the bytes the length promises
                        var first = Ops.GetItem(s, PyInt.From(0));
                        long nbytes = ((((PyStr)first).Bytes[0] - 32) & 63) * 4 + 5;
                        nbytes /= 3;
                        data = binascii.a2b_uu(Ops.GetSlice(s, PyNone.None, PyInt.From(nbytes)));
                        if (quiet == null || !Ops.IsTrue(quiet))
                            Ops.CallMethod(SysModule.Module["stderr"], "write", Ops.Modulo(PyStr.FromString("Warning: %s\n"), e.Value));
                    }
                    Ops.CallMethod(out_file, "write", data);
                    s = Ops.CallMethod(in_file, "readline");
                }
                if (!Ops.IsTrue(s)) throw Ops.Error(Error, PyStr.FromString("Truncated input file"));
            }
            finally
            {
                foreach (var f in opened) Ops.CallMethod(f, "close");
            }
            return PyNone.None;
        }

        static bool IsOctal(PyObject text)
        {
            try { Ops.Call(PyInt.TypeObject, text, PyInt.From(8)); return true; }
            catch (PythonException e) when (e.Is(PyExceptionTypes.ValueError)) { return false; }
        }

        public static void __init__(PyModule m)
        {
            m["__doc__"] = PyStr.FromString("Implementation of the UUencode and UUdecode functions.\n\nencode(in_file, out_file [,name, mode])\ndecode(in_file [, out_file, mode])\n");
        }
    }
}
