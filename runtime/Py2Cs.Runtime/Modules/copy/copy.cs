#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.copy;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>copy</c> module of Python 2.7: copy.py's algorithm — per-type dispatch tables (exposed as
    /// _copy_dispatch/_deepcopy_dispatch, so programs may register copiers), then __copy__/__deepcopy__,
    /// copy_reg.dispatch_table, __reduce_ex__(2), __reduce__, and _reconstruct; classic instances by
    /// __getinitargs__/__getstate__/__setstate__.
    /// </summary>
    [PythonModule("copy")]
    public static class copy
    {
        public static readonly PyType Error = MakeError();
        public static readonly PyType error = Error;
        public static readonly PyObject PyStringMap = PyNone.None;
        public static readonly PyObject __all__ = PyList.Create(PyStr.FromString("Error"), PyStr.FromString("copy"), PyStr.FromString("deepcopy"));

        public static readonly PyObject _copy_dispatch = Copier.CopyDispatch;
        public static readonly PyObject _deepcopy_dispatch = Copier.DeepCopyDispatch;

        static PyType MakeError()
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("copy"));
            return (PyType)PyType.MakeClass("Error", PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        [PythonName("copy")]
        public static PyObject copy_(PyObject x) => Copier.Copy(x);

        public static PyObject deepcopy(PyObject x, PyObject memo = null, PyObject _nil = null) =>
            Copier.DeepCopy(x, memo == null || memo is PyNone ? new PyDict() : memo);

        public static PyObject _reconstruct(PyObject x, PyObject info, PyObject deep, PyObject memo = null) =>
            Copier.Reconstruct(x, info, Ops.IsTrue(deep), memo == null || memo is PyNone ? new PyDict() : memo);

        public static PyObject _copy_inst(PyObject x) => Copier.CopyInstance(x);

        public static PyObject _deepcopy_inst(PyObject x, PyObject memo) => Copier.DeepCopyInstance(x, memo);

        public static PyObject _keep_alive(PyObject x, PyObject memo) { Copier.KeepAlive(x, memo); return PyNone.None; }
    }
}
