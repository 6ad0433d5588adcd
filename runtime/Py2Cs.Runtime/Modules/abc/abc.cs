#pragma warning disable CS8981 // the module class is named as in Python
using Py2Cs.Runtime.Modules.abc;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>abc</c> module of Python 2.7: ABCMeta, abstractmethod, abstractproperty.</summary>
    [PythonModule("abc")]
    public static class abc
    {
        public static readonly PyObject ABCMeta = AbcMeta.TypeObject;
        public static readonly PyObject abstractproperty = AbstractProperty.TypeObject;

        /// <summary>Marks the function abstract (sets funcobj.__isabstractmethod__ = True) and returns it.</summary>
        public static PyObject abstractmethod(PyObject funcobj)
        {
            Ops.SetAttr(funcobj, "__isabstractmethod__", PyBool.True);
            return funcobj;
        }
    }
}
