using System;
using System.Numerics;

namespace Py2Cs.Runtime.Modules.tarfile
{
    /// <summary>
    /// Attribute, method and module access in the style of tarfile.py: every attribute of a TarInfo
    /// or TarFile lives in the instance (or class) dict and is read through Python look-up, so
    /// subclasses and assignments by user code behave as in 2.7.
    /// </summary>
    internal static class TarCalls
    {
        public static PyObject None => PyNone.None;
        public static PyObject Get(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        public static void Set(PyObject o, string name, PyObject v) => Ops.SetAttr(o, PyStr.Intern(name), v);
        public static PyObject Call(PyObject o, string name, params PyObject[] args) => Ops.CallMethod(o, name, args);
        public static PyObject Mod(string name) => Importer.ImportModule(name);
        public static PyObject S(string latin1) => PyStr.FromString(latin1);
        public static PyObject I(long v) => PyInt.From(v);
        public static bool True(PyObject o) => Ops.IsTrue(o);
        public static long L(PyObject o) => o is PyFloat f ? (long)Math.Truncate(f.Value) : Ops.IndexToLong(o);
        public static string Text(PyObject o) => o is PyUnicode u ? u.Value : Ops.Str(o).ToString();

        public static BigInteger Big(PyObject o) => o switch
        {
            PyFloat f => new BigInteger(Math.Truncate(f.Value)),
            PyInt i => i.Value,
            PyLong l => l.Value,
            _ => Ops.ToBigInteger(Ops.Call(PyLong.TypeObject, o)),
        };

        public static byte[] Bytes(PyObject o) => o switch
        {
            PyStr s => s.Bytes.ToArray(),
            PyUnicode u => u.EncodeAscii().Bytes.ToArray(),
            _ => Ops.Str(o).Bytes.ToArray(),
        };

        public static PythonException Raise(PyType type, string message) => new PythonException(Ops.Call(type, S(message)));

        public static PyObject ClassName(PyObject o) => Get(Ops.TypeOf(o), "__name__");
    }
}
